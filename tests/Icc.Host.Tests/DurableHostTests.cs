using System.Diagnostics;
using System.Globalization;
using System.Net;
using DurableTask.Core.Exceptions;
using Icc.Application.Workflow;
using Icc.Host.Tests.Infrastructure;
using Icc.Host.Tests.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Icc.Host.Tests;

/// <summary>
/// End to end through the real wiring: Kestrel, the gRPC sidecar, DurableTask.AzureStorage on Azurite, and
/// the worker and client of the host. Each test uses its own task hub, so leftovers never meet.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableHostTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan EventToCompletionBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleBeforeEvent = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task RaiseEvent_WaitingOrchestration_CompletesWithPayload()
    {
        // An orchestration waiting for an event completes with the event's payload, serialized with the project's JSON options.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync(NewTaskHub(), azurite, cts.Token);
        await AssertHealthyAsync(host, cts.Token);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(EchoEventOrchestration.Name, "first", cts.Token);
        await host.Client.WaitForInstanceStartAsync(id, cts.Token);

        // Idle long enough for the empty queues to back off to Durable:MaxQueuePollingInterval, as when a
        // reviewer decides hours later: the latency then includes the slowest polling.
        await Task.Delay(IdleBeforeEvent, cts.Token);
        var payload = new EchoPayload("approved in test", ReviewDecisionKind.RequestChanges, 2);
        var timing = await RaiseAndAwaitCompletionAsync(host.Client, id, payload, cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, timing.Metadata.RuntimeStatus);
        Assert.Equal(payload, timing.Metadata.ReadOutputAs<EchoPayload>());
        Assert.Contains("\"decision\":\"request-changes\"", timing.Metadata.SerializedOutput, StringComparison.Ordinal);
        this.Report("single host, after 5 s idle", timing);
    }

    [Fact]
    public async Task Restart_WaitingOrchestration_CompletesOnNewHost()
    {
        // An orchestration started on host A and still waiting when A stops completes on host B, started on the same task hub.
        using var cts = new CancellationTokenSource(TestTimeout);
        var taskHub = NewTaskHub();
        string id;
        await using (var hostA = await RunningHost.StartAsync(taskHub, azurite, cts.Token))
        {
            id = await hostA.Client.ScheduleNewOrchestrationInstanceAsync(EchoEventOrchestration.Name, "on A", cts.Token);
            await hostA.Client.WaitForInstanceStartAsync(id, cts.Token);
            var stop = Stopwatch.StartNew();
            await hostA.StopAsync(cts.Token);
            output.WriteLine(Invariant($"host A stopped in {stop.ElapsedMilliseconds} ms"));
        }

        var start = Stopwatch.StartNew();
        await using var hostB = await RunningHost.StartAsync(taskHub, azurite, cts.Token);
        output.WriteLine(Invariant($"host B started in {start.ElapsedMilliseconds} ms"));
        var waiting = await hostB.Client.GetInstanceAsync(id, cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Running, waiting?.RuntimeStatus);

        var payload = new EchoPayload("approved after restart", ReviewDecisionKind.Approve, 1);
        var timing = await RaiseAndAwaitCompletionAsync(hostB.Client, id, payload, cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, timing.Metadata.RuntimeStatus);
        Assert.Equal(payload, timing.Metadata.ReadOutputAs<EchoPayload>());
        this.Report("after restart", timing);
    }

    [Fact]
    public async Task StartTwice_WithDedupeStatuses_SecondStartThrowsAndFirstInstanceStays()
    {
        // Starting an existing, running instance id with every non-pending status as dedupe status fails and leaves the first instance as it was.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync(NewTaskHub(), azurite, cts.Token);
        var id = "submission-" + Guid.NewGuid().ToString("N");
        var dedupe = Enum.GetValues<OrchestrationRuntimeStatus>().Where(s => s != OrchestrationRuntimeStatus.Pending).ToArray();

        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            EchoEventOrchestration.Name, "first", new StartOrchestrationOptions(id).WithDedupeStatuses(dedupe), cts.Token);
        var first = await host.Client.WaitForInstanceStartAsync(id, getInputsAndOutputs: true, cts.Token);

        var failure = await Record.ExceptionAsync(() => host.Client.ScheduleNewOrchestrationInstanceAsync(
            EchoEventOrchestration.Name, "second", new StartOrchestrationOptions(id).WithDedupeStatuses(dedupe), cts.Token));

        // The sidecar answers gRPC AlreadyExists; the gRPC client turns that into DurableTask.Core's exception.
        Assert.NotNull(failure);
        output.WriteLine($"second start threw {failure.GetType().FullName}: {failure.Message}");
        Assert.IsType<OrchestrationAlreadyExistsException>(failure);

        var after = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cts.Token);
        Assert.NotNull(after);
        Assert.Equal(OrchestrationRuntimeStatus.Running, after.RuntimeStatus);
        Assert.Equal("first", after.ReadInputAs<string>());
        Assert.Equal(first.CreatedAt, after.CreatedAt);

        var timing = await RaiseAndAwaitCompletionAsync(host.Client, id, new EchoPayload("done", ReviewDecisionKind.Reject, 1), cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, timing.Metadata.RuntimeStatus);
        this.Report("after duplicate start", timing);
    }

    [Fact]
    public async Task StartTwiceAtOnce_WithEveryStatusDeduped_SecondStartThrows()
    {
        // A second start right after the first, while the instance may still be Pending, fails only when Pending is a dedupe status too.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync(NewTaskHub(), azurite, cts.Token);
        var id = "submission-" + Guid.NewGuid().ToString("N");
        var options = new StartOrchestrationOptions(id).WithDedupeStatuses(Enum.GetValues<OrchestrationRuntimeStatus>());

        await host.Client.ScheduleNewOrchestrationInstanceAsync(EchoEventOrchestration.Name, "first", options, cts.Token);
        var failure = await Record.ExceptionAsync(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync(EchoEventOrchestration.Name, "second", options, cts.Token));

        output.WriteLine($"second start threw {failure?.GetType().FullName}: {failure?.Message}");
        Assert.IsType<OrchestrationAlreadyExistsException>(failure);
        var started = await host.Client.WaitForInstanceStartAsync(id, getInputsAndOutputs: true, cts.Token);
        Assert.Equal("first", started.ReadInputAs<string>());
    }

    private static string NewTaskHub() => "HostTest" + Guid.NewGuid().ToString("N")[..12];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static async Task AssertHealthyAsync(RunningHost host, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = host.ApiAddress };
        using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal("{\"status\":\"healthy\"}", await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>
    /// Raises the event, then polls the instance every 50 ms until it completes, within <see cref="EventToCompletionBound"/>.
    /// Polling (rather than WaitForInstanceCompletionAsync, which the storage backend answers on its own
    /// polling interval) measures when the completion becomes visible to a client.
    /// </summary>
    private static async Task<EventTiming> RaiseAndAwaitCompletionAsync(
        DurableTaskClient client, string id, EchoPayload payload, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(EventToCompletionBound);
        var raisedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await client.RaiseEventAsync(id, EchoEventOrchestration.EventName, payload, bound.Token);
        while (true)
        {
            var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true, bound.Token);
            if (metadata is { IsCompleted: true })
            {
                return new EventTiming(metadata, clock.Elapsed, metadata.LastUpdatedAt - raisedAt);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), bound.Token);
        }
    }

    private void Report(string scenario, EventTiming timing) =>
        output.WriteLine(Invariant(
            $"{scenario}: event -> completion visible to the client in {timing.Visible.TotalMilliseconds:F0} ms; completion recorded {timing.Recorded.TotalMilliseconds:F0} ms after the raise (Durable:MaxQueuePollingInterval {new Icc.Host.Durable.DurableSettings().MaxQueuePollingInterval})"));

    private sealed record EventTiming(OrchestrationMetadata Metadata, TimeSpan Visible, TimeSpan Recorded);
}
