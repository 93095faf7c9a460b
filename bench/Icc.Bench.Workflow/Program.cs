// Pushes N submissions through upload -> review -> approval -> publication on the standalone host (in this
// process, storage on Azurite at AzureWebJobsStorage or the default emulator) and prints stage timings.
// Usage: dotnet run -c Release --project bench/Icc.Bench.Workflow -- [count=50] [parallel=5]
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Application.Workflow;
using Icc.Host;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var parallel = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root!.FullName, "Icc.sln")))
{
    root = root.Parent;
}

var sample = File.ReadAllText(Path.Combine(root.FullName, "samples", "asan-2024.json"));
var taskHub = "Bench" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
await using var app = IccHost.Build(["--environment=Development", $"--Durable:TaskHub={taskHub}", "--Host:HttpPort=7081", "--Host:SidecarPort=7082", "--Logging:LogLevel:Default=Warning", "--Icc:Telemetry:Console=false"]);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri("http://localhost:7081") };

async Task<JsonElement> Status(string id)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/submissions/{id}");
    request.Headers.Add("X-Api-Key", "dev-reviewer");
    using var response = await http.SendAsync(request);
    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

async Task WaitFor(string id, string status)
{
    while ((await Status(id)).GetProperty("status").GetString() != status)
    {
        await Task.Delay(50);
    }
}

async Task<(double ToReview, double ToPublished)> RunOne(int n)
{
    var json = JsonNode.Parse(sample)!;
    json["city"]!["notes"] = $"bench {taskHub} {n}";
    var clock = Stopwatch.StartNew();
    using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/cities/asan/submissions") { Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json") };
    upload.Headers.Add("X-Api-Key", "dev-city-asan");
    using var uploaded = await http.SendAsync(upload);
    if (uploaded.StatusCode != HttpStatusCode.Accepted)
    {
        throw new InvalidOperationException($"upload answered {uploaded.StatusCode}");
    }

    var id = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("submissionId").GetString()!;
    await WaitFor(id, "AwaitingReview");
    var toReview = clock.Elapsed.TotalSeconds;
    clock.Restart();
    using var review = new HttpRequestMessage(HttpMethod.Post, $"/api/submissions/{id}/review") { Content = new StringContent("""{"decision":"approve"}""", Encoding.UTF8, "application/json") };
    review.Headers.Add("X-Api-Key", "dev-reviewer");
    using var reviewed = await http.SendAsync(review);
    await WaitFor(id, "Published");
    return (toReview, clock.Elapsed.TotalSeconds);
}

await RunOne(-1); // warm-up: JIT and table creation are not what we measure

// Time inside our activities, from the workflow's own metric.
double activitySeconds = 0;
var sumGate = new object();
using var listener = new MeterListener
{
    InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == WorkflowMetrics.MeterName)
        {
            l.EnableMeasurementEvents(instrument);
        }
    },
};
listener.SetMeasurementEventCallback<double>((_, seconds, _, _) =>
{
    lock (sumGate)
    {
        activitySeconds += seconds;
    }
});
listener.Start();
var total = Stopwatch.StartNew();
var results = new List<(double ToReview, double ToPublished)>();
using var gate = new SemaphoreSlim(parallel);
await Task.WhenAll(Enumerable.Range(0, count).Select(async n =>
{
    await gate.WaitAsync();
    try
    {
        var result = await RunOne(n);
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

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}

Console.WriteLine($"submissions: {count}, in parallel: {parallel}, task hub {taskHub}");
Console.WriteLine($"throughput: {count / total.Elapsed.TotalSeconds:F2} submissions/s ({total.Elapsed.TotalSeconds:F1} s in all)");
Console.WriteLine($"upload -> AwaitingReview: p50 {Percentile(results.Select(r => r.ToReview), 0.5):F2} s, p95 {Percentile(results.Select(r => r.ToReview), 0.95):F2} s");
Console.WriteLine($"approve -> Published:     p50 {Percentile(results.Select(r => r.ToPublished), 0.5):F2} s, p95 {Percentile(results.Select(r => r.ToPublished), 0.95):F2} s");
var workflowSeconds = results.Sum(r => r.ToReview + r.ToPublished);
Console.WriteLine($"in our activities: {activitySeconds:F1} s of {workflowSeconds:F1} s of workflow time ({100 * activitySeconds / workflowSeconds:F0} %); the rest is the engine (queues, history, polling) and HTTP");
await app.StopAsync();
