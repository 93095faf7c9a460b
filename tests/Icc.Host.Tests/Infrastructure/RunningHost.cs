using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Icc.Host.Tests.Orchestrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Host.Tests.Infrastructure;

/// <summary>The real standalone host, started in this process on free ports with the test orchestrations added.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    // A graceful stop drains and releases the partitions, about a second (HostStopTests); this only bounds a hang.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly WebApplication app;
    private readonly string history;
    private readonly string storage;
    private bool stopped;

    private RunningHost(WebApplication app, int httpPort, string taskHub, string storage)
    {
        this.app = app;
        this.history = taskHub + "History";
        this.storage = storage;
        this.ApiAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}"));
    }

    /// <summary>The public API's base address.</summary>
    public Uri ApiAddress { get; }

    /// <summary>The host's Durable Task client (gRPC, through the sidecar).</summary>
    public DurableTaskClient Client => this.app.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Builds and starts a host on <paramref name="taskHub"/>.</summary>
    public static async Task<RunningHost> StartAsync(string taskHub, AzuriteFixture azurite, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var httpPort = FreePort();
        var sidecarPort = FreePort();
        var app = IccHost.Build(
            [
                $"--AzureWebJobsStorage={azurite.ConnectionString}",
                $"--Durable:TaskHub={taskHub}",
                "--Host:HttpAddress=127.0.0.1",
                string.Create(CultureInfo.InvariantCulture, $"--Host:HttpPort={httpPort}"),
                string.Create(CultureInfo.InvariantCulture, $"--Host:SidecarPort={sidecarPort}"),
                "--Logging:LogLevel:Default=Warning",
                "--environment=Development",
                "--Icc:Telemetry:Console=false",
                .. extraArgs,
            ],
            registry => registry.AddEchoEventOrchestration().AddSlowActivityOrchestration());
        await app.StartAsync(cancellationToken);
        return new RunningHost(app, httpPort, taskHub, azurite.ConnectionString);
    }

    /// <summary>Waits until the instance has completed (bounded by the token).</summary>
    public Task WaitForCompletionAsync(string instanceId, CancellationToken cancellationToken) =>
        this.Client.WaitForInstanceCompletionAsync(instanceId, cancellationToken);

    /// <summary>
    /// How many times the instance was started, from the engine's history table ({taskHub}History): an upload
    /// that overwrote a running or completed instance would add a second ExecutionStarted.
    /// </summary>
    public async Task<int> ExecutionsStartedAsync(string instanceId, CancellationToken cancellationToken)
    {
        var started = 0;
        var rows = new TableServiceClient(this.storage).GetTableClient(this.history)
            .QueryAsync<TableEntity>(e => e.PartitionKey == instanceId, select: ["EventType"], cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            started += row.GetString("EventType") == "ExecutionStarted" ? 1 : 0;
        }

        return started;
    }

    /// <summary>Stops the host gracefully and releases it.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (this.stopped)
        {
            return;
        }

        this.stopped = true;
        await this.app.StopAsync(cancellationToken);
        await this.app.DisposeAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        await this.StopAsync(timeout.Token);
    }

    /// <summary>A port free right now; the host binds it a moment later.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
