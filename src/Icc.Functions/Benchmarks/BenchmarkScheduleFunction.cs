using Icc.Application.Benchmarks;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Icc.Functions.Benchmarks;

/// <summary>
/// Starts the nightly recomputation on the schedule in <c>Icc:Benchmarks:Schedule</c> (the standalone host
/// reads the same setting). A run still going when the timer fires is left alone.
/// </summary>
public sealed class BenchmarkScheduleFunction(RecomputeStarter starter)
{
    /// <summary>The timer's function name.</summary>
    public const string Name = "RecomputeBenchmarksOnSchedule";

    /// <summary>Fires on the schedule.</summary>
    [Function(Name)]
    public Task RunAsync(
        [TimerTrigger("%Icc:Benchmarks:Schedule%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        starter.StartOrGetAsync(client, "schedule", cancellationToken);
}
