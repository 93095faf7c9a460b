using Azure.Data.Tables;
using Icc.Application.Workflow;
using Icc.Host.Tests.Infrastructure;
using Icc.Host.Tests.Orchestrations;

namespace Icc.Host.Tests;

/// <summary>A graceful stop drains what the backend holds in memory and releases every partition.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostStopTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan ArrangeTimeout = TimeSpan.FromSeconds(60);

    // Well above the second a drain takes, well below the 60 s DurableTask.AzureStorage waits per partition
    // when the sidecar has stopped dispatching before the drain (the cause of the slow stops).
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_RightAfterEventsWereRaised_DrainsAndReleasesEveryPartition()
    {
        // Twenty waiting instances get their events just before the stop, so control-queue messages are in memory:
        // the stop still ends within its bound, with no partition left owned.
        using var arrange = new CancellationTokenSource(ArrangeTimeout);
        var taskHub = "Stop" + Guid.NewGuid().ToString("N")[..8];
        var host = await RunningHost.StartAsync(taskHub, azurite, arrange.Token);
        try
        {
            var ids = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                ids.Add(await host.Client.ScheduleNewOrchestrationInstanceAsync(EchoEventOrchestration.Name, "stop", arrange.Token));
            }

            foreach (var id in ids)
            {
                await host.Client.WaitForInstanceStartAsync(id, arrange.Token);
            }

            foreach (var id in ids)
            {
                await host.Client.RaiseEventAsync(id, EchoEventOrchestration.EventName, new EchoPayload("stop", ReviewDecisionKind.Approve, 1), arrange.Token);
            }
        }
        finally
        {
            using var stop = new CancellationTokenSource(StopBound);
            await host.StopAsync(stop.Token);
        }

        var owned = new List<string>();
        await foreach (var lease in new TableServiceClient(azurite.ConnectionString).GetTableClient(taskHub + "Partitions").QueryAsync<TableEntity>(cancellationToken: arrange.Token))
        {
            if (lease.GetString("CurrentOwner") is { } owner)
            {
                owned.Add($"{lease.RowKey}: {owner}");
            }
        }

        Assert.Empty(owned);
    }
}
