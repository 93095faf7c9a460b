using System.Collections.Concurrent;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace Icc.Host.Durable;

/// <summary>
/// The one <see cref="AzureStorageOrchestrationService"/> as the sidecar's dispatchers see it. Every call goes
/// straight to that object, except start and stop: the sidecar starts the service once a worker connects and
/// stops it from an <c>async void</c> handler of ApplicationStopping, so a stop before any worker connected
/// (a NullReferenceException in DurableTask.AzureStorage) or a failing stop would crash the process, and
/// nothing could wait for the stop. Here a stop is safe before start, runs once, never throws, and can be awaited.
/// And activity locks: the sidecar never renews them, so an activity still running (or waiting in the worker) when
/// the work-item queue's visibility timeout ran out would reappear and run a second time alongside the first.
/// Here each locked activity work item is renewed every half visibility timeout until it is completed or abandoned,
/// or the service stops (a stopped host's activities then reappear after the timeout, as after a crash).
/// </summary>
internal sealed partial class SidecarOrchestrationService : IOrchestrationService
{
    private readonly IOrchestrationService inner;
    private readonly TimeSpan renewInterval;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, ActivityRenewal> renewals = new();
    private readonly CancellationTokenSource shutdown = new();
    private Task? started;
    private Task? stopped;

    /// <summary>The host's service, its activity locks renewed every half <see cref="DurableSettings.QueueVisibilityTimeout"/>.</summary>
    public SidecarOrchestrationService(AzureStorageOrchestrationService service, DurableSettings settings, ILogger<SidecarOrchestrationService> logger)
        : this(service, settings.QueueVisibilityTimeout / 2, logger)
    {
    }

    /// <summary>Any service (tests), its activity locks renewed every <paramref name="renewInterval"/>.</summary>
    internal SidecarOrchestrationService(IOrchestrationService inner, TimeSpan renewInterval, ILogger logger)
    {
        this.inner = inner;
        this.renewInterval = renewInterval;
        this.logger = logger;
    }

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
    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var workItem = await this.inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
        if (workItem is not null)
        {
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(this.shutdown.Token);
            if (!this.renewals.TryAdd(workItem.Id, new ActivityRenewal(cancellation, this.RenewUntilCancelledAsync(workItem, cancellation.Token))))
            {
                // The same message locked twice at once cannot happen while its lock is renewed; keep the first.
                await cancellation.CancelAsync();
                cancellation.Dispose();
            }
        }

        return workItem!;
    }

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) =>
        this.inner.RenewTaskActivityWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        await this.StopRenewingAsync(workItem);
        await this.inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
    }

    /// <inheritdoc />
    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        await this.StopRenewingAsync(workItem);
        await this.inner.AbandonTaskActivityWorkItemAsync(workItem);
    }

    /// <summary>Renews the work item's lock every <see cref="renewInterval"/> until cancelled; a failed renewal is logged and retried.</summary>
    private async Task RenewUntilCancelledAsync(TaskActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(this.renewInterval, cancellationToken);
                try
                {
                    await this.inner.RenewTaskActivityWorkItemLockAsync(workItem);
                }
                catch (Exception e)
                {
                    this.LogRenewFailed(e, workItem.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Completed, abandoned or shutting down.
        }
    }

    /// <summary>
    /// Ends the work item's renewals and waits for a renewal in flight, so it cannot race the completion or
    /// abandonment (a renewal changes the message's pop receipt, which the delete or update needs).
    /// </summary>
    private async Task StopRenewingAsync(TaskActivityWorkItem workItem)
    {
        if (this.renewals.TryRemove(workItem.Id, out var renewal))
        {
            await renewal.Cancellation.CancelAsync();
            await renewal.Loop;
            renewal.Cancellation.Dispose();
        }
    }

    private async Task StopOnceAsync(Task? start, bool isForced)
    {
        // No more renewals: an activity still running when the host goes reappears after the visibility timeout.
        await this.shutdown.CancelAsync();
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lock of activity work item {WorkItemId} failed; retrying at the next interval")]
    private partial void LogRenewFailed(Exception exception, string workItemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestration service stopped: partitions released")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Error, Message = "Orchestration service did not start or stop cleanly")]
    private partial void LogStopFailed(Exception exception);

    /// <summary>The renewals of one locked activity work item: their cancellation and their loop.</summary>
    private sealed record ActivityRenewal(CancellationTokenSource Cancellation, Task Loop);
}
