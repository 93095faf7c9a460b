using Icc.Application.Benchmarks;
using Icc.Application.Tests.Http.Doubles;
using Icc.Host.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Icc.Host.Tests.Parity;

/// <summary>The standalone host's stand-in for the timer trigger fires at the CRON occurrences and starts a recomputation.</summary>
public sealed class BenchmarkScheduleTests
{
    private static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Schedule_ClockReachesEachOccurrence_StartsARecomputation()
    {
        // "0 0 2 * * *" from 01:59: nothing a second before 02:00, a recomputation requested by "schedule" at 02:00,
        // and once that one has completed, the next at 02:00 the day after, not a second earlier.
        using var cts = new CancellationTokenSource(WaitBound);
        var time = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 59, 0, TimeSpan.Zero));
        var client = new RecordingDurableTaskClient();
        using var starter = new RecomputeStarter(NullLogger<RecomputeStarter>.Instance);
        using var schedule = new BenchmarkSchedule(
            Options.Create(new BenchmarkOptions { Schedule = "0 0 2 * * *" }), starter, client, time, NullLogger<BenchmarkSchedule>.Instance);

        var waiting = time.NextTimerCreated();
        await schedule.StartAsync(cts.Token);
        await waiting.WaitAsync(cts.Token);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(client.Scheduled);

        waiting = time.NextTimerCreated();
        time.Advance(TimeSpan.FromSeconds(1));
        var first = await ScheduledAsync(client, 1, cts.Token);
        Assert.Equal(BenchmarkRecomputation.Name, first.Name);
        Assert.Equal(BenchmarkRecomputation.InstanceId, first.InstanceId);
        Assert.Equal(new RecomputeInput("schedule"), first.Input);

        await waiting.WaitAsync(cts.Token);
        client.SetInstance(BenchmarkRecomputation.InstanceId, OrchestrationRuntimeStatus.Completed);
        time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Single(client.Scheduled);
        time.Advance(TimeSpan.FromSeconds(1));
        await ScheduledAsync(client, 2, cts.Token);

        await schedule.StopAsync(cts.Token);
    }

    // The timer's continuation runs on the thread pool: wait (bounded) for the start it makes.
    private static async Task<ScheduledInstance> ScheduledAsync(RecordingDurableTaskClient client, int count, CancellationToken ct)
    {
        while (client.Scheduled.Count < count)
        {
            await Task.Delay(10, ct);
        }

        return client.Scheduled[count - 1];
    }
}
