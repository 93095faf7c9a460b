using Grpc.Net.Client;
using Icc.Application.Workflow;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Grpc.Internal;
using Microsoft.Extensions.Options;

namespace Icc.Host.Durable;

/// <summary>The Durable Task worker and client of this process, both connected to the in-process sidecar.</summary>
internal static class DurableWorkerAndClient
{
    /// <summary>
    /// Registers one gRPC channel to <paramref name="sidecarAddress"/>, a worker running <paramref name="tasks"/>
    /// and a <see cref="DurableTaskClient"/>, both serializing with the project's JSON options, as the
    /// Functions app does, so inputs, outputs and events read the same in both hosts.
    /// </summary>
    public static IServiceCollection AddDurableWorkerAndClient(
        this IServiceCollection services, Uri sidecarAddress, Action<DurableTaskRegistry> tasks)
    {
        var converter = WorkflowDataConverter.Shared;

        // Owned by the container, so it is disposed with the host.
        services.AddSingleton(sp => GrpcChannel.ForAddress(
            sidecarAddress, new GrpcChannelOptions { LoggerFactory = sp.GetRequiredService<ILoggerFactory>() }));

        var before = services.Count;
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc();
            builder.AddTasks(tasks);
            builder.Configure(options => options.DataConverter = converter);
        });

        // The worker is taken out of the hosted services and started by TaskHubLifecycle once Kestrel listens:
        // a first dial before that fails, and the channel (shared with the client) then answers calls with
        // Unavailable until its reconnect backoff expires.
        var hosted = services.Skip(before).Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
        services.Remove(hosted);
        services.AddSingleton(sp => new DurableWorkerHandle((IHostedService)hosted.ImplementationFactory!(sp)));
        services.AddOptions<GrpcDurableTaskWorkerOptions>(Options.DefaultName)
            .Configure<GrpcChannel>((options, channel) =>
            {
                options.Channel = channel;

                // The worker reconnects after 120 s without a message, expecting the backend's health pings;
                // this sidecar sends none, so an idle worker would drop and redial its stream every two
                // minutes. On loopback to our own process a half-open connection is not a concern.
                options.SetSilentDisconnectTimeout(TimeSpan.Zero);
            });

        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc();
            builder.RegisterDirectly();
            builder.Configure(options => options.DataConverter = converter);
        });
        services.AddOptions<GrpcDurableTaskClientOptions>(Options.DefaultName)
            .Configure<GrpcChannel>((options, channel) => options.Channel = channel);

        return services;
    }
}

/// <summary>The Durable Task worker, held outside the hosted services so its start can follow Kestrel's.</summary>
/// <param name="worker">The worker's hosted service.</param>
internal sealed class DurableWorkerHandle(IHostedService worker) : IDisposable
{
    /// <summary>The worker's hosted service.</summary>
    public IHostedService Worker => worker;

    /// <inheritdoc />
    public void Dispose() => (worker as IDisposable)?.Dispose();
}
