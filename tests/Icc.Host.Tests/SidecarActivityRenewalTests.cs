using System.Reflection;
using DurableTask.Core;
using Icc.Host.Durable;
using Microsoft.Extensions.Logging.Abstractions;

namespace Icc.Host.Tests;

/// <summary>
/// <see cref="SidecarOrchestrationService"/> renews each locked activity work item until it is completed or
/// abandoned, or the service stops, and never renews while completing. Against a fake inner service: end to end
/// (<see cref="ActivityLockTests"/>) the sidecar happens to pair a redelivered activity with the one still pending,
/// so a lost lock shows there only as a failed completion ("pop receipt did not match"), not as a second run.
/// </summary>
public sealed class SidecarActivityRenewalTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task LockedActivity_IsRenewedUntilCompleted_AndNeverWhileCompleting()
    {
        var inner = FakeInner.Create(out var fake);
        var service = new SidecarOrchestrationService(inner, Interval, NullLogger.Instance);

        var workItem = await service.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(1), CancellationToken.None);
        await WaitForRenewalsAsync(fake, 3);

        await service.CompleteTaskActivityWorkItemAsync(workItem, new TaskMessage());
        var atCompletion = fake.Renewals;
        await Task.Delay(Interval * 4);
        Assert.Equal(atCompletion, fake.Renewals);
        Assert.Equal(1, fake.Completions);
        Assert.False(fake.CompletedDuringRenewal);
    }

    [Fact]
    public async Task LockedActivity_IsNoLongerRenewed_AfterAbandonOrStop()
    {
        var inner = FakeInner.Create(out var fake);
        var service = new SidecarOrchestrationService(inner, Interval, NullLogger.Instance);

        var abandoned = await service.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(1), CancellationToken.None);
        await service.AbandonTaskActivityWorkItemAsync(abandoned);
        await Task.Delay(Interval * 3);
        Assert.Equal(0, fake.Renewals);

        _ = await service.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(1), CancellationToken.None);
        await WaitForRenewalsAsync(fake, 1);
        await service.StopAsync();
        await Task.Delay(Interval * 2); // a renewal in flight at the stop finishes
        var atStop = fake.Renewals;
        await Task.Delay(Interval * 4);
        Assert.Equal(atStop, fake.Renewals);
    }

    // Polls rather than counting intervals: on a loaded machine timers fire late.
    private static async Task WaitForRenewalsAsync(FakeInner fake, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (fake.Renewals < count)
        {
            await Task.Delay(Interval / 2, timeout.Token);
        }
    }

    /// <summary>The activity half of an orchestration service: hands out work items and counts renewals and completions.</summary>
    public class FakeInner : DispatchProxy
    {
        private int renewals;
        private int completions;
        private int locks;
        private volatile bool renewing;

        public int Renewals => Volatile.Read(ref this.renewals);

        public int Completions => Volatile.Read(ref this.completions);

        public bool CompletedDuringRenewal { get; private set; }

        public static IOrchestrationService Create(out FakeInner fake)
        {
            var proxy = Create<IOrchestrationService, FakeInner>();
            fake = (FakeInner)(object)proxy;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Name switch
        {
            nameof(IOrchestrationService.LockNextTaskActivityWorkItem) => Task.FromResult(new TaskActivityWorkItem
            {
                Id = "work-item-" + Interlocked.Increment(ref this.locks),
                LockedUntilUtc = DateTime.UtcNow.AddSeconds(1),
                TaskMessage = new TaskMessage(),
            }),
            nameof(IOrchestrationService.RenewTaskActivityWorkItemLockAsync) => this.RenewAsync((TaskActivityWorkItem)args![0]!),
            nameof(IOrchestrationService.CompleteTaskActivityWorkItemAsync) or nameof(IOrchestrationService.AbandonTaskActivityWorkItemAsync) => this.Complete(),
            nameof(IOrchestrationService.StopAsync) or nameof(IOrchestrationService.StartAsync) => Task.CompletedTask,
            _ => throw new NotSupportedException(targetMethod.Name),
        };

        private async Task<TaskActivityWorkItem> RenewAsync(TaskActivityWorkItem workItem)
        {
            this.renewing = true;
            await Task.Delay(30);
            Interlocked.Increment(ref this.renewals);
            this.renewing = false;
            return workItem;
        }

        private Task Complete()
        {
            this.CompletedDuringRenewal |= this.renewing;
            Interlocked.Increment(ref this.completions);
            return Task.CompletedTask;
        }
    }
}
