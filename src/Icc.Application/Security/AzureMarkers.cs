using Microsoft.Extensions.Configuration;

namespace Icc.Application.Security;

/// <summary>
/// Settings the Azure platform itself gives every App Service / Functions and Container Apps process. Their
/// presence means the process runs in Azure whatever its environment name says, so a mistaken
/// "Development" there still opens nothing with the published development keys.
/// </summary>
public static class AzureMarkers
{
    /// <summary>The settings looked for (environment variables, read through the configuration).</summary>
    public static readonly IReadOnlyList<string> Names = ["WEBSITE_INSTANCE_ID", "WEBSITE_SITE_NAME", "CONTAINER_APP_NAME"];

    /// <summary>The first marker set, or null when none is.</summary>
    public static string? Found(IConfiguration configuration) =>
        Names.FirstOrDefault(name => !string.IsNullOrEmpty(configuration[name]));
}
