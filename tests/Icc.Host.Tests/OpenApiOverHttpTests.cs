using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>The OpenAPI description through Kestrel: the conditional GET is handled by the real pipeline.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiOverHttpTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task GetOpenApi_NoKeyThenItsETag_DocumentThenNotModified()
    {
        // Without a key the standalone host serves the document with an ETag; sending the ETag back answers 304 with no body.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("OpenApi" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        using var first = await http.GetAsync(new Uri("/api/openapi.json", UriKind.Relative), cts.Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        using var document = JsonDocument.Parse(await first.Content.ReadAsStringAsync(cts.Token));
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/submissions/{submissionId}/review", out _));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/openapi.json", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var again = await http.SendAsync(request, cts.Token);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(cts.Token));
        Assert.Equal(etag, again.Headers.ETag);
    }
}
