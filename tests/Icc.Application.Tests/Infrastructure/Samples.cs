using System.Text;
using System.Text.Json.Nodes;

namespace Icc.Application.Tests.Infrastructure;

/// <summary>Answer files for workflow tests, made from the Asan sample.</summary>
public static class Samples
{
    private static readonly Lazy<string> Asan = new(() => File.ReadAllText(Path.Combine(RepoRoot(), "samples", "asan-2024.json")));

    /// <summary>The Asan sample with a marker so every test's upload is a distinct submission.</summary>
    public static byte[] Valid(string marker = "")
    {
        var json = JsonNode.Parse(Asan.Value)!;
        json["city"]!["notes"] = $"test {marker} {Guid.NewGuid():N}";
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>A valid file where one answer differs from <see cref="Valid"/>.</summary>
    public static byte[] Corrected(string questionId, object answer)
    {
        var json = JsonNode.Parse(Valid())!;
        foreach (var entry in json["answers"]!.AsArray())
        {
            if ((string?)entry!["question"] == questionId)
            {
                entry["answer"] = JsonValue.Create(answer);
            }
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>A file with an invalid option: rejected by validation.</summary>
    public static byte[] Invalid() => Corrected("COM-03", "maybe");

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Icc.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Icc.sln not found.");
    }
}
