using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Infrastructure;

/// <summary>
/// A test class on real storage: each test gets its own tables and containers on Azurite (a fresh prefix)
/// and a one-minute bound.
/// </summary>
public abstract class AzuriteStorageTest : IAsyncLifetime
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    protected ServiceProvider Services { get; private set; } = null!;

    protected CancellationToken Ct => this.timeout.Token;

    public async Task InitializeAsync() => this.Services = await Azurite.StorageAsync();

    public async Task DisposeAsync()
    {
        await this.Services.DisposeAsync();
        this.timeout.Dispose();
    }
}
