using Microsoft.Extensions.Hosting;

namespace Icc.Application.Storage;

/// <summary>Creates missing tables and containers when a host starts, before any request is served.</summary>
internal sealed class StorageInitializer(StorageSetup setup) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => setup.EnsureCreatedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
