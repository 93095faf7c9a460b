using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Benchmarks;

/// <summary>What a start request found or did.</summary>
/// <param name="InstanceId">The recomputation's instance id (always <see cref="BenchmarkRecomputation.InstanceId"/>).</param>
/// <param name="Started">True when this request started it; false when one was already running.</param>
/// <param name="Status">The instance's runtime status after the request.</param>
/// <param name="CreatedAt">When the running (or new) instance was created.</param>
public sealed record RecomputeRun(string InstanceId, bool Started, string Status, DateTimeOffset? CreatedAt);

/// <summary>
/// Starts a recomputation unless one is running: the schedule and the admin endpoint both come here. The
/// engine refuses a second instance under the same id while one is pending or running, so two requests
/// at once start one orchestration and the second is told about the first. Within one process the
/// requests also queue, so the second always sees the first's instance instead of racing it.
/// </summary>
public sealed class RecomputeStarter(ILogger<RecomputeStarter> logger) : IDisposable
{
    private static readonly OrchestrationRuntimeStatus[] Busy =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Starts one, or returns the one running.</summary>
    public async Task<RecomputeRun> StartOrGetAsync(DurableTaskClient client, string requestedBy, CancellationToken cancellationToken)
    {
        await this.oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await this.StartOrGetOnceAsync(client, requestedBy, cancellationToken);
        }
        finally
        {
            this.oneAtATime.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => this.oneAtATime.Dispose();

    private async Task<RecomputeRun> StartOrGetOnceAsync(DurableTaskClient client, string requestedBy, CancellationToken cancellationToken)
    {
        var existing = await client.GetInstanceAsync(BenchmarkRecomputation.InstanceId, getInputsAndOutputs: false, cancellationToken);
        if (existing is not null && Busy.Contains(existing.RuntimeStatus))
        {
            return Describe(existing, started: false);
        }

        var options = new StartOrchestrationOptions(BenchmarkRecomputation.InstanceId).WithDedupeStatuses(Busy);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(BenchmarkRecomputation.Name, new RecomputeInput(requestedBy), options, cancellationToken);
            logger.LogInformation("Benchmark recomputation started (requested by {RequestedBy})", requestedBy);
            var created = await client.GetInstanceAsync(BenchmarkRecomputation.InstanceId, getInputsAndOutputs: false, cancellationToken);
            return created is null
                ? new RecomputeRun(BenchmarkRecomputation.InstanceId, true, nameof(OrchestrationRuntimeStatus.Pending), null)
                : Describe(created, started: true);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            logger.LogInformation("Benchmark recomputation already running; request by {RequestedBy} joins it", requestedBy);
            var running = await client.GetInstanceAsync(BenchmarkRecomputation.InstanceId, getInputsAndOutputs: false, cancellationToken);
            return running is null
                ? new RecomputeRun(BenchmarkRecomputation.InstanceId, false, nameof(OrchestrationRuntimeStatus.Running), null)
                : Describe(running, started: false);
        }
    }

    private static RecomputeRun Describe(OrchestrationMetadata instance, bool started) =>
        new(instance.InstanceId, started, instance.RuntimeStatus.ToString(), instance.CreatedAt);
}
