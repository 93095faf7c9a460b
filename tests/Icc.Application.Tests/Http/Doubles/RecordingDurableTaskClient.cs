using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>
/// A durable client that records the instances scheduled and the events raised. Starting an id that exists
/// throws <see cref="OrchestrationAlreadyExistsException"/> when its status is among the dedupe statuses,
/// and otherwise replaces it, as the Azure Storage backend does; raising an event on an instance that is not
/// running throws, as Functions does. Everything the handlers do not call throws NotSupportedException.
/// </summary>
internal sealed class RecordingDurableTaskClient : DurableTaskClient
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OrchestrationRuntimeStatus> instances = new(StringComparer.Ordinal);
    private readonly List<ScheduledInstance> scheduled = [];
    private readonly List<RaisedEvent> raised = [];

    public RecordingDurableTaskClient()
        : base("test")
    {
    }

    /// <summary>When set, the next start throws it (and clears it).</summary>
    public Exception? FailNextSchedule { get; set; }

    /// <summary>When set, the next raise throws it (and clears it).</summary>
    public Exception? FailNextRaise { get; set; }

    public IReadOnlyList<ScheduledInstance> Scheduled
    {
        get
        {
            lock (this.gate)
            {
                return [.. this.scheduled];
            }
        }
    }

    public IReadOnlyList<RaisedEvent> Raised
    {
        get
        {
            lock (this.gate)
            {
                return [.. this.raised];
            }
        }
    }

    /// <summary>Puts an instance in a status: test arrangement only.</summary>
    public void SetInstance(string instanceId, OrchestrationRuntimeStatus status)
    {
        lock (this.gate)
        {
            this.instances[instanceId] = status;
        }
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        await Task.Yield();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        lock (this.gate)
        {
            if (this.FailNextSchedule is { } failure)
            {
                this.FailNextSchedule = null;
                throw failure;
            }

            if (this.instances.TryGetValue(instanceId, out var status) && options?.DedupeStatuses?.Contains(status.ToString()) == true)
            {
                throw new OrchestrationAlreadyExistsException($"An orchestration with instance id {instanceId} already exists ({status}).");
            }

            this.instances[instanceId] = OrchestrationRuntimeStatus.Running;
            this.scheduled.Add(new ScheduledInstance(orchestratorName.Name, instanceId, input, options));
        }

        return instanceId;
    }

    public override async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        await Task.Yield();
        lock (this.gate)
        {
            if (this.FailNextRaise is { } failure)
            {
                this.FailNextRaise = null;
                throw failure;
            }

            if (this.instances.GetValueOrDefault(instanceId) != OrchestrationRuntimeStatus.Running)
            {
                throw new InvalidOperationException($"Instance {instanceId} is not running.");
            }

            this.raised.Add(new RaisedEvent(instanceId, eventName, eventPayload));
        }
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        await Task.Yield();
        lock (this.gate)
        {
            return this.instances.TryGetValue(instanceId, out var status)
                ? new OrchestrationMetadata("SubmissionOrchestration", instanceId) { RuntimeStatus = status }
                : null;
        }
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw new NotSupportedException();

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>An orchestration start the handlers asked for.</summary>
internal sealed record ScheduledInstance(string Name, string InstanceId, object? Input, StartOrchestrationOptions? Options);

/// <summary>An event the handlers raised.</summary>
internal sealed record RaisedEvent(string InstanceId, string Name, object? Payload);
