using Icc.Host.Tests.Infrastructure;
using Icc.Host.Tests.Orchestrations;
using Microsoft.DurableTask.Client;

namespace Icc.Host.Tests;

/// <summary>
/// The sidecar's activity locks are renewed: an activity longer than the visibility timeout runs once. (Without the
/// renewals it also runs once here, as the sidecar pairs the redelivered message with the activity still pending; the
/// lost lock then fails the completion. SidecarActivityRenewalTests checks the renewals themselves.)
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActivityLockTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Activity_LongerThanTheVisibilityTimeout_RunsExactlyOnce()
    {
        // 3 s visibility, an 8 s activity: without renewals its message reappears twice while it runs.
        using var cts = new CancellationTokenSource(TestTimeout);
        var taskHub = "Lock" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await RunningHost.StartAsync(taskHub, azurite, cts.Token, "--Durable:QueueVisibilityTimeout=00:00:03");

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(SlowActivityOrchestration.Name, "lock", cts.Token);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);

        // A second execution would have started within a visibility timeout of the first; wait one more out.
        await Task.Delay(TimeSpan.FromSeconds(4), cts.Token);
        Assert.Equal(1, SlowActivityOrchestration.ExecutionsOf(id));
        Assert.Equal(1, done.ReadOutputAs<int>());
    }
}
