using System.Text.Json;

namespace Icc.Bench.Workflow;

/// <summary>
/// The time between consecutive stages of each submission, read from the status document's <c>stageTimes</c>
/// (when the service entered each status), so stages too short to be seen by polling are measured too.
/// </summary>
internal sealed class StageTimes
{
    private readonly Dictionary<string, List<double>> intervals = [];
    private readonly List<string> order = [];

    /// <summary>Adds one submission's published status document.</summary>
    public void Add(JsonElement document)
    {
        var entered = document.GetProperty("stageTimes").EnumerateObject()
            .Select(p => (Stage: p.Name, At: p.Value.GetDateTimeOffset()))
            .OrderBy(s => s.At)
            .ToList();
        lock (this.intervals)
        {
            foreach (var (from, to) in entered.Zip(entered.Skip(1)))
            {
                var name = $"{from.Stage} -> {to.Stage}";
                if (!this.intervals.TryGetValue(name, out var values))
                {
                    this.intervals[name] = values = [];
                    this.order.Add(name);
                }

                values.Add((to.At - from.At).TotalSeconds);
            }
        }
    }

    /// <summary>Each interval with its p50 and p95, in the order the stages follow each other.</summary>
    public IEnumerable<(string Interval, double P50, double P95, int Count)> Summary() =>
        this.order.Select(name => (name, Percentiles.Of(this.intervals[name], 0.5), Percentiles.Of(this.intervals[name], 0.95), this.intervals[name].Count));
}

/// <summary>Nearest-rank percentiles.</summary>
internal static class Percentiles
{
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
