using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Icc.Host.Durable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Host.Tests;

/// <summary>
/// One set of setting names serves both hosts: what the standalone host reads from appsettings.json, the
/// Functions app reads from local.settings.sample.json (app settings in Azure, <c>__</c> for <c>:</c>), or from
/// its host.json where the Functions host owns the setting.
/// </summary>
public sealed class SettingsParityTests
{
    // Functions-only settings: the Functions host's own, with no counterpart in the standalone host.
    private static readonly string[] FunctionsOnly = ["FUNCTIONS_WORKER_RUNTIME", "AZURE_FUNCTIONS_ENVIRONMENT"];

    // The development API keys live only in the local sample, which the standalone host also reads in Development.
    private const string DevelopmentKeys = "Icc:ApiKeys:";

    // Host-only settings: the standalone host's listeners (Host:*), its logging (Functions: host.json, checked
    // below), and Durable settings the Functions host takes from host.json (checked below) or leaves to the
    // platform: the 5-minute visibility timeout and the instance id as worker id (docs/workflow.md).
    private static readonly string[] HostOnlyPrefixes = ["Host:", "Logging:"];
    private static readonly string[] HostOnly =
        ["Durable:MaxQueuePollingInterval", "Durable:PartitionCount", "Durable:QueueVisibilityTimeout", "Durable:WorkerId"];

    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Icc.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Icc.sln not found above the test folder.");
    });

    private static string RepoFile(string relative) => Path.Combine(Root.Value, relative);

    // appsettings.json as configuration keys ("Icc:ApiKeys:0:Name") and values, as the host binds them.
    private static Dictionary<string, string> HostSettings() =>
        new ConfigurationBuilder().AddJsonFile(RepoFile("src/Icc.Host/appsettings.json"), optional: false, reloadOnChange: false).Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.OrdinalIgnoreCase);

    // local.settings.sample.json's Values with "__" read as ":", as the Functions worker's configuration does.
    private static Dictionary<string, string> FunctionsSettings() =>
        JsonNode.Parse(File.ReadAllText(RepoFile("local.settings.sample.json")))!["Values"]!.AsObject()
            .ToDictionary(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal), pair => pair.Value!.ToString(), StringComparer.OrdinalIgnoreCase);

    private static JsonNode FunctionsHostJson() => JsonNode.Parse(File.ReadAllText(RepoFile("src/Icc.Functions/host.json")))!;

    private static bool IsHostOnly(string key) =>
        HostOnlyPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || HostOnly.Contains(key, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void SharedSettings_HaveTheSameNamesAndValuesInBothHosts()
    {
        // A setting added to one host's local configuration and forgotten in the other fails here, naming it.
        var host = HostSettings();
        var functions = FunctionsSettings();
        var hostShared = host.Keys.Where(k => !IsHostOnly(k)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var functionsShared = functions.Keys
            .Where(k => !FunctionsOnly.Contains(k, StringComparer.OrdinalIgnoreCase) && !k.StartsWith(DevelopmentKeys, StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Keys, k => k.StartsWith(DevelopmentKeys, StringComparison.OrdinalIgnoreCase));

        Assert.Contains("Durable:TaskHub", hostShared);
        Assert.Contains("Icc:Review:ReviewPeriod", hostShared);
        var problems = hostShared.Except(functionsShared)
            .Select(k => $"in appsettings.json only: {k} (add {k.Replace(":", "__", StringComparison.Ordinal)} to local.settings.sample.json)")
            .Concat(functionsShared.Except(hostShared)
                .Select(k => $"in local.settings.sample.json only: {k} (add it to src/Icc.Host/appsettings.json, or list it as Functions-only)"))
            .Concat(hostShared.Intersect(functionsShared, StringComparer.OrdinalIgnoreCase).Where(k => host[k] != functions[k])
                .Select(k => $"{k}: '{host[k]}' in appsettings.json, '{functions[k]}' in local.settings.sample.json"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Exemptions_AreStillThere()
    {
        // The lists above name settings that exist; a renamed one must leave the list, not hide a gap.
        var host = HostSettings();
        var functions = FunctionsSettings();
        Assert.All(FunctionsOnly, key => Assert.Contains(key, functions.Keys));
        Assert.All(HostOnly, key => Assert.Contains(key, host.Keys));
        Assert.All(HostOnlyPrefixes, prefix => Assert.Contains(host.Keys, k => k.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void FunctionsHostJson_DurableSettings_FollowTheStandaloneHost()
    {
        // The task hub comes from the shared setting Durable:TaskHub (app setting Durable__TaskHub; host.json
        // resolves %name% against configuration keys, hence the colon); the partitions match the standalone host's,
        // and the cloud polls its queues every second, the local host more often (no storage bill on Azurite).
        var durable = FunctionsHostJson()["extensions"]!["durableTask"]!;
        var host = HostSettings();

        Assert.Equal("%Durable:TaskHub%", durable["hubName"]!.GetValue<string>());
        var provider = durable["storageProvider"]!;
        Assert.Equal("AzureStorage", provider["type"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", provider["connectionName"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromSeconds(1), TimeSpan.Parse(provider["maxQueuePollingInterval"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.InRange(TimeSpan.Parse(host["Durable:MaxQueuePollingInterval"], CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));
        Assert.Equal(new DurableSettings().MaxQueuePollingInterval, TimeSpan.Parse(host["Durable:MaxQueuePollingInterval"], CultureInfo.InvariantCulture));
        Assert.Equal(int.Parse(host["Durable:PartitionCount"], CultureInfo.InvariantCulture), provider["partitionCount"]!.GetValue<int>());
        Assert.Equal("api", FunctionsHostJson()["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
    }

    [Fact]
    public void FunctionsHostJson_LogLevels_MatchTheStandaloneHost()
    {
        // Every category the standalone host filters is filtered alike by the Functions host.
        var levels = FunctionsHostJson()["logging"]!["logLevel"]!.AsObject()
            .ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        var hostLevels = HostSettings().Where(pair => pair.Key.StartsWith("Logging:LogLevel:", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(hostLevels);
        Assert.All(hostLevels, pair =>
        {
            var category = pair.Key["Logging:LogLevel:".Length..];
            Assert.True(levels.TryGetValue(category, out var level), $"host.json logging.logLevel lacks {category}");
            Assert.Equal(pair.Value, level);
        });
    }

    [Fact]
    public void BicepAppSettings_UseTheSharedNames()
    {
        // infra/main.bicep sets in Azure exactly the Icc and Durable settings the sample sets locally (API keys
        // by index: Icc__ApiKeys__${i}__Name), and the identity-based storage names StorageClientFactory reads.
        var bicep = File.ReadAllText(RepoFile("infra/main.bicep"));
        var inBicep = Regex.Matches(bicep, @"(?:^|[{\s])'?((?:Icc|Durable|AzureWebJobsStorage)__[A-Za-z0-9_${}]+)'?\s*:", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Replace("${i}", "0", StringComparison.Ordinal).Replace("__", ":", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inSample = FunctionsSettings().Keys
            .Where(k => k.StartsWith("Icc:", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Durable:", StringComparison.OrdinalIgnoreCase))
            .Select(k => Regex.Replace(k, @"^Icc:ApiKeys:\d+:", "Icc:ApiKeys:0:"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(inSample.Order(), inBicep.Where(k => !k.StartsWith("AzureWebJobsStorage:", StringComparison.OrdinalIgnoreCase)).Order());
        Assert.Superset(
            new HashSet<string>(["AzureWebJobsStorage:blobServiceUri", "AzureWebJobsStorage:queueServiceUri", "AzureWebJobsStorage:tableServiceUri", "AzureWebJobsStorage:credential", "AzureWebJobsStorage:clientId"], StringComparer.OrdinalIgnoreCase),
            inBicep);
    }

    [Fact]
    public void BicepStorage_DeclaresEveryTableAndContainerTheAppUses()
    {
        // The account the template creates holds exactly the tables and containers the storage initializer would create.
        var bicep = File.ReadAllText(RepoFile("infra/main.bicep"));
        string[] Names(string variable) =>
            [.. Regex.Match(bicep, $@"var {variable} = \[(?<list>[^\]]*)\]").Groups["list"].Value.Split(',').Select(n => n.Trim().Trim('\'')).Where(n => n.Length > 0)];
        Assert.Equal(new Icc.Application.Storage.Tables.TableNames().All.Order(), Names("tableNames").Order());
        Assert.Equal(
            new[] { Icc.Application.Storage.StorageNames.UploadsContainer, Icc.Application.Storage.StorageNames.ReportsContainer, Icc.Application.Storage.StorageNames.BenchmarksContainer }.Order(),
            Names("containerNames").Order());
    }

    [Fact]
    public void StandaloneHost_IdentityBasedStorage_BuildsClientsForTheConfiguredAccount()
    {
        // The standalone host reads the same identity settings as the Functions app. appsettings.json holds the
        // Azurite connection string, so a deployment clears it (AzureWebJobsStorage=) next to the endpoints.
        var app = IccHost.Build(
        [
            "--Durable:TaskHub=IdentityHub",
            "--AzureWebJobsStorage=",
            "--AzureWebJobsStorage:blobServiceUri=https://sticcexample.blob.core.windows.net/",
            "--AzureWebJobsStorage:queueServiceUri=https://sticcexample.queue.core.windows.net/",
            "--AzureWebJobsStorage:tableServiceUri=https://sticcexample.table.core.windows.net/",
            "--AzureWebJobsStorage:credential=managedidentity",
            "--AzureWebJobsStorage:clientId=00000000-0000-0000-0000-00000000abcd",
        ]);

        Assert.Equal(new Uri("https://sticcexample.table.core.windows.net/"), app.Services.GetRequiredService<TableServiceClient>().Uri);
        Assert.Equal("sticcexample", app.Services.GetRequiredService<BlobServiceClient>().AccountName);
        Assert.IsType<DurableTask.AzureStorage.AzureStorageOrchestrationService>(app.Services.GetRequiredService<DurableTask.Core.IOrchestrationServiceClient>());
    }

    [Fact]
    public void StandaloneHost_IdentityWithoutQueueEndpoint_FailsNamingTheSetting()
    {
        // Our tables and blobs need no queue, but the Durable backend does: its absence is named, not a DNS error later.
        var app = IccHost.Build(
        [
            "--Durable:TaskHub=IdentityHub",
            "--AzureWebJobsStorage=",
            "--AzureWebJobsStorage:blobServiceUri=https://sticcexample.blob.core.windows.net/",
            "--AzureWebJobsStorage:tableServiceUri=https://sticcexample.table.core.windows.net/",
            "--AzureWebJobsStorage:clientId=00000000-0000-0000-0000-00000000abcd",
        ]);

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<DurableTask.Core.IOrchestrationServiceClient>());
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
    }
}
