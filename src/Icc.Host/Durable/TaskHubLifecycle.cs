using DurableTask.AzureStorage;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker.Hosting;

namespace Icc.Host.Durable;

/// <summary>
/// Orders the backend around the host's lifetime. Start: the task hub's queues, tables and containers exist
/// before the worker connects and before Kestrel accepts a call. Stop: the worker disconnects before Kestrel
/// drains, so the long-lived work-item stream does not hold the shutdown until its timeout.
/// The sidecar itself starts dispatching (and starts the orchestration service) once a worker is connected,
/// and stops both when the application stops.
/// </summary>
internal sealed partial class TaskHubLifecycle(
    AzureStorageOrchestrationService service,
    DurableSettings settings,
    IServiceProvider services,
    ILogger<TaskHubLifecycle> logger) : IHostedLifecycleService
{
    private const int CreateAttempts = 5;
    private static readonly TimeSpan CreateRetryDelay = TimeSpan.FromSeconds(2);

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
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        foreach (var worker in services.GetServices<IHostedService>().OfType<DurableTaskWorker>())
        {
            await worker.StopAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Task hub {TaskHub} ready: worker id {WorkerId}, {PartitionCount} partitions")]
    private partial void LogTaskHubReady(string taskHub, string workerId, int partitionCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Creating task hub {TaskHub} failed (attempt {Attempt} of {Attempts}); retrying")]
    private partial void LogTaskHubRetry(Exception exception, string taskHub, int attempt, int attempts);
}
