using DurableTask.AzureStorage;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace Icc.Host.Durable;

/// <summary>
/// Orders the backend around the host's lifetime. Start: the task hub's queues, tables and containers exist
/// before Kestrel accepts a call, and the worker connects only once Kestrel listens. Stop: the orchestration
/// service drains and releases its partitions while the worker still runs, then the worker disconnects before
/// Kestrel drains, so the long-lived work-item stream does not hold the shutdown until its timeout.
/// The sidecar itself starts dispatching (and starts the orchestration service) once a worker is connected
/// and stops both when TaskHubLifecycle lets it (SidecarLifetime); the last step here waits until the service has stopped.
/// </summary>
internal sealed partial class TaskHubLifecycle(
    AzureStorageOrchestrationService service,
    SidecarOrchestrationService sidecarService,
    DurableWorkerHandle worker,
    SidecarLifetime sidecarLifetime,
    DurableSettings settings,
    IServiceProvider services,
    ILogger<TaskHubLifecycle> logger) : IHostedLifecycleService
{
    private const int CreateAttempts = 5;
    private static readonly TimeSpan CreateRetryDelay = TimeSpan.FromSeconds(2);

    // Draining takes about a second while the dispatchers run; this only bounds a stuck storage call.
    private static readonly TimeSpan DrainBound = TimeSpan.FromSeconds(20);

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // Storage may come up together with the host (Azurite in a compose file): retry a little.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
                this.LogTaskHubReady(settings.TaskHub, settings.EffectiveWorkerId, settings.PartitionCount);
                return;
            }
            catch (Exception e) when (attempt < CreateAttempts && e is not OperationCanceledException)
            {
                this.LogTaskHubRetry(e, settings.TaskHub, attempt, CreateAttempts);
                await Task.Delay(CreateRetryDelay, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The sidecar hooks ApplicationStarted in its constructor; build it now rather than on the first call.
        _ = services.GetRequiredService<TaskHubGrpcServer>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) =>
        // Every StartAsync has run, Kestrel's included: the sidecar answers the worker's first dial.
        worker.Worker.StartAsync(cancellationToken);

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await this.StopServiceWhileDispatchingAsync(cancellationToken);
            await worker.Worker.StopAsync(cancellationToken);
        }
        finally
        {
            // Only now may the sidecar stop its dispatchers: the service has drained (SidecarLifetime).
            sidecarLifetime.StopDispatching();
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) =>
        // Runs last (registered first): joins the stop begun in StoppingAsync (or by the sidecar), or begins it,
        // and waits, so leases are released before the host is disposed.
        sidecarService.StopAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The sidecar, on ApplicationStopping, stops its dispatchers first and the orchestration service after. The
    /// service's graceful stop drains the control-queue messages it already holds in memory (an event or a timer
    /// that arrived just before); with the dispatchers or the worker gone nothing processes them, and the drain
    /// waits out DurableTask.AzureStorage's fixed 60 s per partition. The sidecar sees its own ApplicationStopping
    /// (<see cref="SidecarLifetime"/>), fired at the end of StoppingAsync, not the host's, which a SIGINT or SIGTERM
    /// fires before StoppingAsync runs; so the service is stopped here, while the dispatchers and the worker still
    /// run: the drain takes about a second, and the sidecar's stop then finds the service stopped.
    /// </summary>
    private async Task StopServiceWhileDispatchingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sidecarService.StopAsync().WaitAsync(DrainBound, cancellationToken);
        }
        catch (TimeoutException)
        {
            this.LogDrainSlow(DrainBound.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The orchestration service did not stop within {Seconds} s; stopping the dispatchers anyway")]
    private partial void LogDrainSlow(double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task hub {TaskHub} ready: worker id {WorkerId}, {PartitionCount} partitions")]
    private partial void LogTaskHubReady(string taskHub, string workerId, int partitionCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Creating task hub {TaskHub} failed (attempt {Attempt} of {Attempts}); retrying")]
    private partial void LogTaskHubRetry(Exception exception, string taskHub, int attempt, int attempts);
}
