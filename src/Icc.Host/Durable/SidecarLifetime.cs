namespace Icc.Host.Durable;

/// <summary>
/// The host's lifetime as <see cref="Microsoft.DurableTask.Testing.Sidecar.Grpc.TaskHubGrpcServer"/> sees it:
/// the same start, stop request and stopped signal, but its own <see cref="ApplicationStopping"/>, which
/// <see cref="TaskHubLifecycle"/> cancels once the orchestration service has drained (see there). The sidecar stops
/// its dispatchers, then the service, when ApplicationStopping fires; on SIGINT or SIGTERM the console lifetime
/// fires the host's ApplicationStopping before the host's stop reaches TaskHubLifecycle.StoppingAsync, so with
/// the host's token the dispatchers would stop before the drain, which then waits out 60 s per partition.
/// </summary>
internal sealed class SidecarLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly IHostApplicationLifetime host;
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenRegistration fallback;

    /// <summary>Wraps the host's lifetime.</summary>
    public SidecarLifetime(IHostApplicationLifetime host)
    {
        this.host = host;

        // Should the host stop without TaskHubLifecycle's stop (it always runs it), the sidecar still stops.
        this.fallback = host.ApplicationStopped.Register(this.StopDispatching);
    }

    /// <inheritdoc />
    public CancellationToken ApplicationStarted => this.host.ApplicationStarted;

    /// <summary>Cancelled by <see cref="StopDispatching"/>, not by the host's stop request.</summary>
    public CancellationToken ApplicationStopping => this.stopping.Token;

    /// <inheritdoc />
    public CancellationToken ApplicationStopped => this.host.ApplicationStopped;

    /// <inheritdoc />
    public void StopApplication() => this.host.StopApplication();

    /// <summary>Lets the sidecar stop its dispatchers (and the orchestration service, if still running); idempotent.</summary>
    public void StopDispatching()
    {
        try
        {
            this.stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed with the container: the host has stopped.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        this.fallback.Dispose();
        this.stopping.Dispose();
    }
}
