using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Icc.Application.Security;
using Icc.Application.Tests.Http;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests.Authorization;

/// <summary>
/// One running host for the whole authorization matrix, with bern's city key added, and the submissions its
/// rows need: one in AwaitingReview, one in ChangesRequested and one Published that refused calls leave as they
/// are, and a fresh one for each row whose call succeeds and moves a submission on (an approval, a correction).
/// </summary>
public sealed class MatrixHost : IAsyncLifetime
{
    private static readonly TimeSpan ArrangeTimeout = TimeSpan.FromSeconds(90);

    // The collection's Azurite is already running when class fixtures start; this one only finds it.
    private readonly AzuriteFixture azurite = new();
    private readonly ConcurrentQueue<string> freshAwaitingReview = new();
    private readonly ConcurrentQueue<string> freshChangesRequested = new();
    private RunningHost? host;

    public HttpClient Http { get; private set; } = null!;

    public string AwaitingReview { get; private set; } = null!;

    public string ChangesRequested { get; private set; } = null!;

    public string Published { get; private set; } = null!;

    public string BenchmarkVersion { get; private set; } = null!;

    /// <summary>A submission of its own in AwaitingReview, for a row that approves it.</summary>
    public string TakeFreshAwaitingReview() => this.freshAwaitingReview.TryDequeue(out var id) ? id : throw new InvalidOperationException("No fresh submission left.");

    /// <summary>A submission of its own in ChangesRequested, for a row that corrects it.</summary>
    public string TakeFreshChangesRequested() => this.freshChangesRequested.TryDequeue(out var id) ? id : throw new InvalidOperationException("No fresh submission left.");

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(ArrangeTimeout);
        await this.azurite.InitializeAsync();
        this.host = await RunningHost.StartAsync("Matrix" + Guid.NewGuid().ToString("N")[..8], this.azurite, cts.Token,
            $"--Icc:ApiKeys:3:Name={AuthorizationMatrix.KeyOf(Caller.CityOther)}",
            $"--Icc:ApiKeys:3:Sha256={Convert.ToHexStringLower(ApiKeyAuthenticator.Hash(AuthorizationMatrix.KeyOf(Caller.CityOther)!))}",
            "--Icc:ApiKeys:3:Role=City",
            "--Icc:ApiKeys:3:CityId=bern");
        this.Http = new HttpClient { BaseAddress = this.host.ApiAddress };

        var rows = AuthorizationMatrix.Matrix().Select(row => ((Endpoint)row[0], (int)row[2])).ToList();
        var approvals = rows.Count(r => r == (Endpoint.Review, 202));
        var corrections = rows.Count(r => r == (Endpoint.Correction, 202));
        var awaiting = await Task.WhenAll(Enumerable.Range(0, approvals + 1).Select(_ => this.AwaitingReviewAsync(cts.Token)));
        var changes = await Task.WhenAll(Enumerable.Range(0, corrections + 1).Select(_ => this.ChangesRequestedAsync(cts.Token)));
        this.AwaitingReview = awaiting[0];
        this.ChangesRequested = changes[0];
        this.Published = await this.PublishedAsync(cts.Token);
        foreach (var id in awaiting.Skip(1))
        {
            this.freshAwaitingReview.Enqueue(id);
        }

        foreach (var id in changes.Skip(1))
        {
            this.freshChangesRequested.Enqueue(id);
        }

        using var current = await HostApi.SendAsync(this.Http, HttpMethod.Get, "/api/benchmarks/current", "dev-admin", null, cts.Token);
        this.BenchmarkVersion = JsonDocument.Parse(await current.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("version").GetString()!;
    }

    public async Task DisposeAsync()
    {
        this.Http?.Dispose();
        if (this.host is not null)
        {
            await this.host.DisposeAsync();
        }

        await this.azurite.DisposeAsync();
    }

    private async Task<string> AwaitingReviewAsync(CancellationToken ct)
    {
        using var upload = await HostApi.SendAsync(this.Http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", HostApi.Json(HostApi.AsanJson("matrix")), ct);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("submissionId").GetString()!;
        await HostApi.WaitForStatusAsync(this.Http, id, "AwaitingReview", ct);
        return id;
    }

    private async Task<string> ChangesRequestedAsync(CancellationToken ct) =>
        await this.DecideAsync(await this.AwaitingReviewAsync(ct), """{"decision":"request-changes","comment":"Check LNG-01"}""", "ChangesRequested", ct);

    private async Task<string> PublishedAsync(CancellationToken ct) =>
        await this.DecideAsync(await this.AwaitingReviewAsync(ct), """{"decision":"approve"}""", "Published", ct);

    private async Task<string> DecideAsync(string id, string decision, string reached, CancellationToken ct)
    {
        using var response = await HostApi.SendAsync(this.Http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer", HostApi.Json(decision), ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await HostApi.WaitForStatusAsync(this.Http, id, reached, ct);
        return id;
    }
}
