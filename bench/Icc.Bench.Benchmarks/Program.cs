// Recomputes the benchmark over N published scorecards on Azurite (AzureWebJobsStorage or the default
// emulator) and prints the time of each phase, per city, and the storage requests per city.
// Usage: dotnet run -c Release --project bench/Icc.Bench.Benchmarks -- [sizes=200,1000,10000]
using System.Diagnostics;
using System.Globalization;
using Icc.Application.Benchmarks;
using Icc.Application.Storage;
using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// The first size (small) warms the JIT up; its line is printed but not the point.
var sizes = (args.Length > 0 ? args[0] : "200,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var connection = Environment.GetEnvironmentVariable("AzureWebJobsStorage") ?? "UseDevelopmentStorage=true";
var options = Options.Create(new BenchmarkOptions());
var templates = DefaultSample.Cities.Select(c => c.Entry).ToList();

Console.WriteLine($"{"cities",8} {"publish s",10} {"read s",8} {"compute s",10} {"write s",8} {"total s",8} {"ms/city",8} {"requests/city",14} {"members MB",11}");
foreach (var size in sizes)
{
    var prefix = "bench" + DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
    await using var services = new ServiceCollection().AddIccStorage(connection, prefix).BuildServiceProvider();
    await services.GetRequiredService<StorageSetup>().EnsureCreatedAsync();
    var published = services.GetRequiredService<IPublishedResults>();
    var snapshots = services.GetRequiredService<IBenchmarkSnapshots>();

    // N cities: the embedded sample's cities again and again under new ids (valid scorecards, varied bands).
    var entries = Enumerable.Range(0, size)
        .Select(i => templates[i % templates.Count] with { CityId = $"bench-{i:00000}", CityName = $"Bench city {i}", Synthetic = true })
        .Select(e => new PublishedResult(e, null, DefaultSample.Date))
        .ToList();
    var clock = Stopwatch.StartNew();
    await published.PublishAllAsync(entries);
    var publish = clock.Elapsed;

    // The phases the compute activity runs, timed one by one; then the activity itself end to end.
    clock.Restart();
    var read = new List<BenchmarkEntry>();
    var pages = 0;
    await foreach (var page in published.ReadPagesAsync(options.Value.PageSize))
    {
        read.AddRange(page.Select(p => p.Entry));
        pages++;
    }

    var reading = clock.Elapsed;
    clock.Restart();
    var snapshot = BenchmarkCalculator.Compute(read, BenchmarkVersions.At(DateTime.UtcNow), DateTimeOffset.UtcNow);
    var computing = clock.Elapsed;
    clock.Restart();
    await snapshots.SaveAsync(new StoredBenchmark(snapshot, read));
    var writing = clock.Elapsed;

    clock.Restart();
    var activity = new ComputeBenchmarkActivity(published, snapshots, options);
    await activity.RunAsync(new ComputeInput(BenchmarkVersions.At(DateTime.UtcNow.AddSeconds(1)), DateTimeOffset.UtcNow), CancellationToken.None);
    var total = clock.Elapsed;

    // Requests: one per page read, two blob uploads and one header row per snapshot.
    var requests = pages + 3;
    var membersBytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(read, Icc.Domain.Json.IccJson.Options).Length;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{size,8} {publish.TotalSeconds,10:0.00} {reading.TotalSeconds,8:0.00} {computing.TotalSeconds,10:0.00} {writing.TotalSeconds,8:0.00} {total.TotalSeconds,8:0.00} {total.TotalMilliseconds / size,8:0.000} {(double)requests / size,14:0.0000} {membersBytes / 1e6,11:0.0}"));

    await services.GetRequiredService<Azure.Data.Tables.TableServiceClient>().DeleteTableAsync(prefix + "published");
}
