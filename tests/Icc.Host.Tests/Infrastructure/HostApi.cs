using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Icc.Host.Tests.Infrastructure;

/// <summary>The HTTP calls host tests make as clients do: API key header, sample files, status polling.</summary>
internal static class HostApi
{
    private static readonly Lazy<string> Sample = new(() => SampleFile("asan-2024.json"));
    private static readonly Lazy<string> CsvSample = new(() => SampleFile("asan-2024.csv"));

    /// <summary>The Asan sample with a unique note (so each upload is a new submission), optionally changed.</summary>
    public static string AsanJson(string marker, Action<JsonNode>? change = null)
    {
        var json = JsonNode.Parse(Sample.Value)!;
        json["city"]!["notes"] = $"{marker} {Guid.NewGuid():N}";
        change?.Invoke(json);
        return json.ToJsonString();
    }

    /// <summary>The Asan sample as CSV with a unique note, as a text/csv request body.</summary>
    public static StringContent Csv(string marker)
    {
        var lines = CsvSample.Value.Split('\n').Select(line => line.StartsWith("city.notes,", StringComparison.Ordinal) ? $"city.notes,{marker} {Guid.NewGuid():N}," : line);
        return new StringContent(string.Join('\n', lines), Encoding.UTF8, "text/csv");
    }

    /// <summary>A JSON request body.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Sends a request with an API key.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, HttpContent? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Add("X-Api-Key", key);
        return await http.SendAsync(request, ct);
    }

    /// <summary>The submission's status document, read with the reviewer's key.</summary>
    public static async Task<JsonElement> StatusDocumentAsync(HttpClient http, string id, CancellationToken ct)
    {
        using var response = await SendAsync(http, HttpMethod.Get, $"/api/submissions/{id}", "dev-reviewer", null, ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
    }

    private static readonly string[] FinalStatuses = ["Published", "Rejected", "Expired", "Failed"];

    /// <summary>
    /// Polls the status document until the submission reaches the status; fails at once, showing the document,
    /// when it ends in another final status instead of waiting out the test's time limit.
    /// </summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient http, string id, string status, CancellationToken ct)
    {
        while (true)
        {
            var document = await StatusDocumentAsync(http, id, ct);
            var current = document.GetProperty("status").GetString();
            if (current == status)
            {
                return document;
            }

            if (FinalStatuses.Contains(current))
            {
                throw new InvalidOperationException($"Submission {id} ended {current} while the test waited for {status}: {document}");
            }

            await Task.Delay(100, ct);
        }
    }

    private static string SampleFile(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Icc.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir.FullName, "samples", name));
    }
}
