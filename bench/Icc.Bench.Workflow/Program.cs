// Pushes N submissions through upload -> review -> approval -> publication on the standalone host (in this
// process, on an Azurite of its own) and prints throughput, the p50/p95 of each stage and the time in our activities.
// Usage: dotnet run -c Release --project bench/Icc.Bench.Workflow -- [count=50] [parallel=5] [--Setting=value ...]
// Settings go to the host, e.g. --Durable:MaxQueuePollingInterval=00:00:00.250 to compare polling intervals.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Icc.Bench.Workflow;
using Icc.Host;

var numbers = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var hostSettings = args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var count = numbers.Length > 0 ? numbers[0] : 50;
var parallel = numbers.Length > 1 ? numbers[1] : 5;
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root!.FullName, "Icc.sln")))
{
    root = root.Parent;
}

var sample = File.ReadAllText(Path.Combine(root.FullName, "samples", "asan-2024.json"));
await using var azurite = await PrivateAzurite.StartAsync(root.FullName);
int httpPort = PrivateAzurite.FreePort(), sidecarPort = PrivateAzurite.FreePort();
var taskHub = "Bench" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
await using var app = IccHost.Build(
[
    "--environment=Development", $"--AzureWebJobsStorage={azurite.ConnectionString}", $"--Durable:TaskHub={taskHub}",
    "--Host:HttpAddress=127.0.0.1", $"--Host:HttpPort={httpPort}", $"--Host:SidecarPort={sidecarPort}", "--Logging:LogLevel:Default=Warning",
    "--Icc:Telemetry:Console=false", .. hostSettings,
]);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(30) };
var client = new BenchClient(http);

async Task<(double ToReview, double ToPublished)> RunOne(int n, StageTimes? stages)
{
    var json = JsonNode.Parse(sample)!;
    json["city"]!["notes"] = $"bench {taskHub} {n}";
    var clock = Stopwatch.StartNew();
    var id = await client.UploadAsync(json.ToJsonString());
    await client.WaitForAsync(id, "AwaitingReview");
    var toReview = clock.Elapsed.TotalSeconds;
    clock.Restart();
    await client.ApproveAsync(id);
    var published = await client.WaitForAsync(id, "Published");
    stages?.Add(published);
    return (toReview, clock.Elapsed.TotalSeconds);
}

await RunOne(-1, null); // warm-up: JIT and table creation are not what we measure

using var activities = new ActivityTime();
var stageTimes = new StageTimes();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
var results = new List<(double ToReview, double ToPublished)>();
using var gate = new SemaphoreSlim(parallel);
await Task.WhenAll(Enumerable.Range(0, count).Select(async n =>
{
    await gate.WaitAsync();
    try
    {
        var result = await RunOne(n, stageTimes);
        lock (results)
        {
            results.Add(result);
        }
    }
    finally
    {
        gate.Release();
    }
}));
total.Stop();
var busyCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;


Console.WriteLine($"submissions: {count}, in parallel: {parallel}, task hub {taskHub}, host settings: {(hostSettings.Length == 0 ? "defaults" : string.Join(' ', hostSettings))}");
Console.WriteLine($"throughput: {count / total.Elapsed.TotalSeconds:F2} submissions/s ({total.Elapsed.TotalSeconds:F1} s in all, CPU {busyCpu.TotalSeconds:F1} s)");
Console.WriteLine($"upload -> AwaitingReview: p50 {Percentiles.Of(results.Select(r => r.ToReview), 0.5):F2} s, p95 {Percentiles.Of(results.Select(r => r.ToReview), 0.95):F2} s (seen by the client)");
Console.WriteLine($"approve -> Published:     p50 {Percentiles.Of(results.Select(r => r.ToPublished), 0.5):F2} s, p95 {Percentiles.Of(results.Select(r => r.ToPublished), 0.95):F2} s (seen by the client)");
Console.WriteLine("per stage, from the status document's stageTimes (AwaitingReview -> GeneratingReport is the bench's own polling and approval):");
foreach (var (interval, p50, p95, n) in stageTimes.Summary())
{
    Console.WriteLine($"  {interval,-36} p50 {p50:F3} s  p95 {p95:F3} s  ({n})");
}

var workflowSeconds = results.Sum(r => r.ToReview + r.ToPublished);
Console.WriteLine($"in our activities: {activities.Seconds:F1} s of {workflowSeconds:F1} s of workflow time ({100 * activities.Seconds / workflowSeconds:F0} %); the rest is the engine (queues, history, polling) and HTTP");
await app.StopAsync();
