namespace Icc.Host.Durable;

/// <summary>
/// The Durable Task backend's section <c>Durable</c> (<c>--Durable:TaskHub=IccDev</c>, <c>Durable__PartitionCount=8</c>).
/// The storage account is the setting <c>AzureWebJobsStorage</c>, read as in the Functions app by
/// <see cref="Icc.Application.Storage.StorageClientFactory"/>.
/// </summary>
public sealed class DurableSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Durable";

    /// <summary>The task hub: the prefix of every queue, table and container of the backend.</summary>
    public string TaskHub { get; set; } = "IccLocal";

    /// <summary>
    /// The longest wait between two polls of an empty queue. DurableTask.AzureStorage defaults to 30 s,
    /// which makes timers, retries and events up to 30 s late. Locally a quarter of a second: on the workflow
    /// bench it halved the median upload-to-review time against one second for the same CPU per submission, and
    /// polling Azurite costs nothing. The Functions app polls every second (host.json), where each poll is a
    /// billed storage transaction (docs/workflow.md).
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The number of control queues; fixed when the task hub is first created.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// How long a dequeued message stays hidden before another worker may take it. After a crash the
    /// message a dead process was handling waits this long (the cloud default is 5 minutes). Locally
    /// 20 seconds. An activity may take longer: <see cref="SidecarOrchestrationService"/> renews its lock every
    /// half timeout, since the sidecar itself does not.
    /// </summary>
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The lease owner name. Stable across restarts so a restarted host takes its partitions back at once
    /// instead of waiting for the old leases to expire; empty means machine name and task hub.
    /// </summary>
    public string? WorkerId { get; set; }

    /// <summary>The worker id in effect.</summary>
    public string EffectiveWorkerId =>
        string.IsNullOrWhiteSpace(this.WorkerId) ? $"{Environment.MachineName}-{this.TaskHub}" : this.WorkerId;

    /// <summary>Reads the section, with the defaults above for anything missing.</summary>
    public static DurableSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DurableSettings>() ?? new DurableSettings();
}
