using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Icc.Application.Benchmarks;

/// <summary>
/// On start against empty storage (nothing published, no snapshot), loads the embedded default sample as
/// published results and makes its snapshot current, so the first submission is compared with a sample
/// shaped like the published one. Safe to run from several instances at once: every write is idempotent.
/// </summary>
public sealed class DefaultSampleSeeder(
    IPublishedResults published,
    IBenchmarkSnapshots snapshots,
    IOptions<BenchmarkOptions> options,
    ILogger<DefaultSampleSeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDefaultSample
            || await snapshots.FindCurrentAsync(cancellationToken) is not null
            || !await published.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var entries = DefaultSample.Cities.Select(c => c.Entry).ToList();
        await published.PublishAllAsync([.. entries.Select(e => new PublishedResult(e, null, DefaultSample.Date))], cancellationToken);
        var snapshot = BenchmarkCalculator.Compute(entries, DefaultSample.Version, DefaultSample.Date, options.Value.MinimumGroupSize);
        await snapshots.SaveAsync(new StoredBenchmark(snapshot, entries), cancellationToken);
        await snapshots.PromoteAsync(DefaultSample.Version, cancellationToken);
        logger.LogInformation(
            "Loaded the embedded default sample: {Cities} cities ({Synthetic} synthetic), snapshot {Version}",
            snapshot.Cities,
            snapshot.SyntheticCities,
            snapshot.Version);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
