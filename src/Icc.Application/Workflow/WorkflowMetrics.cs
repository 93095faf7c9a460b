using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Icc.Application.Workflow;

/// <summary>
/// Metrics of the workflow (meter <c>Icc.Workflow</c>): how long each activity's own work takes, so the
/// time in our code can be told from the time waiting on the engine. Both hosts time activities here.
/// </summary>
public static class WorkflowMetrics
{
    /// <summary>The meter name, for exporters and listeners.</summary>
    public const string MeterName = "Icc.Workflow";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Seconds spent in one activity run, tagged with the activity name.</summary>
    public static readonly Histogram<double> ActivityDuration =
        Meter.CreateHistogram<double>("icc.activity.duration", unit: "s", description: "Time spent in one run of a workflow activity.");

    /// <summary>Runs an activity and records how long it took, whether it succeeded or not.</summary>
    public static async Task<T> TimeAsync<T>(string activity, Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        finally
        {
            ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("activity", activity));
        }
    }
}
