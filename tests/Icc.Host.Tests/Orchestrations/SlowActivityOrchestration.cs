using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Icc.Host.Tests.Orchestrations;

/// <summary>Test-only: calls one activity that takes <see cref="ActivityDuration"/> and counts its executions.</summary>
public static class SlowActivityOrchestration
{
    /// <summary>The orchestration's name.</summary>
    public const string Name = "SlowActivity";

    /// <summary>The activity's name.</summary>
    public const string ActivityName = "Slow";

    /// <summary>How long the activity runs: longer than the visibility timeout the test sets.</summary>
    public static readonly TimeSpan ActivityDuration = TimeSpan.FromSeconds(8);

    private static readonly ConcurrentDictionary<string, int> Executions = new();

    /// <summary>How many times the activity started for the instance (in this process).</summary>
    public static int ExecutionsOf(string instanceId) => Executions.GetValueOrDefault(instanceId);

    /// <summary>Registers the orchestration and its activity; the activity's input is the instance id.</summary>
    public static DurableTaskRegistry AddSlowActivityOrchestration(this DurableTaskRegistry registry) =>
        registry
            .AddOrchestratorFunc<string, int>(Name, (context, _) => context.CallActivityAsync<int>(ActivityName, context.InstanceId))
            .AddActivityFunc<string, int>(ActivityName, async (_, instanceId) =>
            {
                var count = Executions.AddOrUpdate(instanceId, 1, (_, n) => n + 1);
                await Task.Delay(ActivityDuration);
                return count;
            });
}
