using Icc.Application.Benchmarks;
using Icc.Application.Http;
using Icc.Application.Http.OpenApi;
using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Security;
using Icc.Application.Status;
using Icc.Application.Storage;
using Icc.Application.Tests.Http.Doubles;
using Icc.Application.Upload;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Tests.Http;

/// <summary>
/// The HTTP API composed as a host composes it (<see cref="HttpApiServiceCollectionExtensions.AddIccHttpApi"/>),
/// over in-memory storage and a recording durable client. One per test: nothing is shared.
/// </summary>
internal sealed class ApiHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider root;
    private readonly IServiceScope scope;

    public ApiHarness(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(KeyConfiguration()).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddSingleton<TimeProvider>(this.Clock);
        services.AddSingleton<ISubmissionStore>(this.Submissions);
        services.AddSingleton<ISubmissionBlobs>(this.Blobs);
        services.AddSingleton<IAnswerStore>(this.Answers);
        services.AddSingleton<IScorecardStore>(this.Scorecards);
        services.AddSingleton<IReviewLog>(this.ReviewLog);
        services.AddSingleton<IBenchmarkSnapshots>(this.Benchmarks);
        services.AddIccHttpApi(configuration);
        this.root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        this.scope = this.root.CreateScope();
    }

    public TestClock Clock { get; } = new(Start);

    public InMemorySubmissionStore Submissions { get; } = new();

    public InMemorySubmissionBlobs Blobs { get; } = new();

    public InMemoryAnswerStore Answers { get; } = new();

    public InMemoryScorecardStore Scorecards { get; } = new();

    public InMemoryReviewLog ReviewLog { get; } = new();

    public InMemoryBenchmarkSnapshots Benchmarks { get; } = new();

    public RecordingDurableTaskClient Client { get; } = new();

    public IServiceProvider Services => this.scope.ServiceProvider;

    public UploadHandler Upload => this.Get<UploadHandler>();

    public CorrectionHandler Correction => this.Get<CorrectionHandler>();

    public ReviewHandler Review => this.Get<ReviewHandler>();

    public StatusHandler Status => this.Get<StatusHandler>();

    public CitySubmissionsHandler CitySubmissions => this.Get<CitySubmissionsHandler>();

    public PendingReviewsHandler PendingReviews => this.Get<PendingReviewsHandler>();

    public ReportDownloadHandler Report => this.Get<ReportDownloadHandler>();

    public QuestionnaireHandler Questionnaire => this.Get<QuestionnaireHandler>();

    public HealthHandler Health => this.Get<HealthHandler>();

    public OpenApiHandler OpenApi => this.Get<OpenApiHandler>();

    public RecomputeHandler Recompute => this.Get<RecomputeHandler>();

    public BenchmarkHandler BenchmarkSnapshots => this.Get<BenchmarkHandler>();

    /// <summary>Stores a small current snapshot (ten cities of the embedded sample); returns its version.</summary>
    public string SeedBenchmark()
    {
        var entries = Icc.Domain.Benchmarking.Sample.DefaultSample.Cities.Take(10).Select(c => c.Entry).ToList();
        var snapshot = Icc.Domain.Benchmarking.BenchmarkCalculator.Compute(entries, "20241201T000000000Z", Start);
        this.Benchmarks.SaveAsync(new StoredBenchmark(snapshot, entries)).GetAwaiter().GetResult();
        this.Benchmarks.PromoteAsync(snapshot.Version).GetAwaiter().GetResult();
        return snapshot.Version;
    }

    /// <summary>A new request context whose services are this API's.</summary>
    public TestRequest Request(string method, string? apiKey) => new(this.Services, method, apiKey);

    /// <summary>Stores a submission of the city in a status, its workflow running; returns it as stored.</summary>
    public SubmissionRecord Seed(SubmissionStatus status, string cityId = "asan", int round = 1, string? submissionId = null)
    {
        var id = submissionId ?? SubmissionIds.For(cityId, Guid.NewGuid().ToByteArray());
        var at = this.Clock.GetUtcNow();
        var record = this.Submissions.Seed(new SubmissionRecord
        {
            SubmissionId = id,
            CityId = cityId,
            Status = status,
            Round = round,
            Format = AnswerFileFormat.Json,
            ContentHash = new string('0', 64),
            QuestionnaireId = "icc-2019",
            CityName = cityId == "asan" ? "Asan City" : "Bern",
            CreatedAt = at,
            UpdatedAt = at,
            StageTimes = new Dictionary<SubmissionStatus, DateTimeOffset> { [SubmissionStatus.Received] = at, [status] = at },
        });
        this.Client.SetInstance(id, OrchestrationRuntimeStatus.Running);
        return record;
    }

    public void Dispose()
    {
        this.scope.Dispose();
        this.root.Dispose();
    }

    private T Get<T>()
        where T : notnull => this.Services.GetRequiredService<T>();

    internal static Dictionary<string, string?> KeyConfiguration()
    {
        (string Key, ApiRole Role, string? City)[] keys =
        [
            (TestKeys.CityAsan, ApiRole.City, "asan"),
            (TestKeys.Reviewer, ApiRole.Reviewer, null),
            (TestKeys.Admin, ApiRole.Admin, null),
            (TestKeys.CityBern, ApiRole.City, "bern"),
            (TestKeys.ProductionAdmin, ApiRole.Admin, null),
        ];
        var values = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Length; i++)
        {
            values[$"Icc:ApiKeys:{i}:Name"] = keys[i].Key;
            values[$"Icc:ApiKeys:{i}:Sha256"] = Convert.ToHexStringLower(ApiKeyAuthenticator.Hash(keys[i].Key));
            values[$"Icc:ApiKeys:{i}:Role"] = keys[i].Role.ToString();
            values[$"Icc:ApiKeys:{i}:CityId"] = keys[i].City;
        }

        return values;
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Icc.Application.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>A clock the tests move by hand.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => this.Now;

    public void Advance(TimeSpan by) => this.Now += by;
}
