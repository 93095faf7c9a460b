using DurableTask.AzureStorage;
using DurableTask.Core;

namespace Icc.Host.Durable;

/// <summary>
/// The one <see cref="AzureStorageOrchestrationService"/> as the sidecar's dispatchers see it. Every call goes
/// straight to that object, except start and stop: the sidecar starts the service once a worker connects and
/// stops it from an <c>async void</c> handler of ApplicationStopping, so a stop before any worker connected
/// (a NullReferenceException in DurableTask.AzureStorage) or a failing stop would crash the process, and
/// nothing could wait for the stop. Here a stop is safe before start, runs once, never throws, and can be awaited.
/// </summary>
internal sealed partial class SidecarOrchestrationService(
    AzureStorageOrchestrationService service,
    ILogger<SidecarOrchestrationService> logger) : IOrchestrationService
{
    private readonly IOrchestrationService inner = service;
    private readonly Lock gate = new();
    private Task? started;
    private Task? stopped;

    /// <inheritdoc />
    public int TaskOrchestrationDispatcherCount => this.inner.TaskOrchestrationDispatcherCount;

    /// <inheritdoc />
    public int MaxConcurrentTaskOrchestrationWorkItems => this.inner.MaxConcurrentTaskOrchestrationWorkItems;

    /// <inheritdoc />
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => this.inner.EventBehaviourForContinueAsNew;

    /// <inheritdoc />
    public int TaskActivityDispatcherCount => this.inner.TaskActivityDispatcherCount;

    /// <inheritdoc />
    public int MaxConcurrentTaskActivityWorkItems => this.inner.MaxConcurrentTaskActivityWorkItems;

    /// <summary>Starts the service once; after a stop was requested, does nothing.</summary>
    public Task StartAsync()
    {
        lock (this.gate)
        {
            return this.stopped is not null ? Task.CompletedTask : this.started ??= this.inner.StartAsync();
        }
    }

    /// <inheritdoc />
    public Task StopAsync() => this.StopAsync(isForced: false);

    /// <summary>Stops the service once, after its start finished; completes (never faults) when it has stopped.</summary>
    public Task StopAsync(bool isForced)
    {
        lock (this.gate)
        {
            return this.stopped ??= this.StopOnceAsync(this.started, isForced);
        }
    }

    /// <inheritdoc />
    public Task CreateAsync() => this.inner.CreateAsync();

    /// <inheritdoc />
    public Task CreateAsync(bool recreateInstanceStore) => this.inner.CreateAsync(recreateInstanceStore);

    /// <inheritdoc />
    public Task CreateIfNotExistsAsync() => this.inner.CreateIfNotExistsAsync();

    /// <inheritdoc />
    public Task DeleteAsync() => this.inner.DeleteAsync();

    /// <inheritdoc />
    public Task DeleteAsync(bool deleteInstanceStore) => this.inner.DeleteAsync(deleteInstanceStore);

    /// <inheritdoc />
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        this.inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => this.inner.GetDelayInSecondsAfterOnProcessException(exception);

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => this.inner.GetDelayInSecondsAfterOnFetchException(exception);

    /// <inheritdoc />
    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        this.inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    /// <inheritdoc />
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) =>
        this.inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        this.inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);

    /// <inheritdoc />
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        this.inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc />
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        this.inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        this.inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) =>
        this.inner.RenewTaskActivityWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        this.inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    /// <inheritdoc />
    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) =>
        this.inner.AbandonTaskActivityWorkItemAsync(workItem);

    private async Task StopOnceAsync(Task? start, bool isForced)
    {
        if (start is null)
        {
            return;
        }

        try
        {
            await start;
            await this.inner.StopAsync(isForced);
            this.LogStopped();
        }
        catch (Exception e)
        {
            this.LogStopFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestration service stopped: partitions released")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Error, Message = "Orchestration service did not start or stop cleanly")]
    private partial void LogStopFailed(Exception exception);
}
