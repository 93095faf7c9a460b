using System.Text.Json;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Icc.Host.Hosting;

/// <summary>
/// In Development the standalone host also reads the Functions app's local settings (<c>local.settings.json</c>,
/// else the committed <c>local.settings.sample.json</c>, found above the app's folder), with <c>__</c> read as
/// <c>:</c>. Both hosts then run from one file, and the development API keys live only there. They rank above
/// appsettings.json and below environment variables and the command line.
/// </summary>
internal static class LocalSettings
{
    private static readonly string[] FileNames = ["local.settings.json", "local.settings.sample.json"];

    /// <summary>Adds the local settings' values when the environment is Development and a file is found.</summary>
    public static void AddLocalSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var file = environment.IsDevelopment() ? Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory()) : null;
        if (file is null)
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var values = json.RootElement.TryGetProperty("Values", out var found) ? found : default;
        if (values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var data = values.EnumerateObject().ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.ToString());
        var source = new MemoryConfigurationSource { InitialData = data };
        var sources = ((IConfigurationBuilder)configuration).Sources;
        var environmentVariables = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(environmentVariables < 0 ? sources.Count : environmentVariables, source);
    }

    private static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            foreach (var name in FileNames)
            {
                var path = Path.Combine(directory.FullName, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
