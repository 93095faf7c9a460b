using System.Net;
using System.Text;
using System.Text.Json;

namespace Icc.Bench.Workflow;

/// <summary>The HTTP calls of one submission's trip, each bounded in time, failing loudly on an unexpected answer.</summary>
internal sealed class BenchClient(HttpClient http)
{
    private static readonly TimeSpan StageTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[] Final = ["Rejected", "Expired", "Failed", "Published"];

    /// <summary>Uploads an answer file as the city; returns the submission id.</summary>
    public async Task<string> UploadAsync(string json)
    {
        using var response = await this.SendAsync(HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", json);
        var body = await Expect(response, HttpStatusCode.Accepted, "upload");
        return JsonDocument.Parse(body).RootElement.GetProperty("submissionId").GetString()!;
    }

    /// <summary>Approves as the reviewer; anything but 202 (a 409, a problem) stops the bench with the answer.</summary>
    public async Task ApproveAsync(string id)
    {
        using var response = await this.SendAsync(HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer", """{"decision":"approve"}""");
        await Expect(response, HttpStatusCode.Accepted, $"approval of {id}");
    }

    /// <summary>Polls the status document until <paramref name="status"/>; fails on another final status or after a minute.</summary>
    public async Task<JsonElement> WaitForAsync(string id, string status)
    {
        using var timeout = new CancellationTokenSource(StageTimeout);
        while (true)
        {
            using var response = await this.SendAsync(HttpMethod.Get, $"/api/submissions/{id}", "dev-reviewer", null, timeout.Token);
            var document = JsonDocument.Parse(await Expect(response, HttpStatusCode.OK, $"status of {id}")).RootElement.Clone();
            var current = document.GetProperty("status").GetString();
            if (current == status)
            {
                return document;
            }

            if (Final.Contains(current))
            {
                throw new InvalidOperationException($"{id} ended {current} while waiting for {status}.");
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task<string> Expect(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? body
            : throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, string? json, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
