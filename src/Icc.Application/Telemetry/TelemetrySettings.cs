using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Icc.Application.Telemetry;

/// <summary>Where telemetry goes: Application Insights when a connection string is set, the console locally.</summary>
/// <param name="ConnectionString">APPLICATIONINSIGHTS_CONNECTION_STRING, or null.</param>
/// <param name="Credential">The managed identity that signs exports when Application Insights requires Entra ID, or null.</param>
/// <param name="Console">Whether traces and metrics are also written to the console.</param>
public sealed record TelemetrySettings(string? ConnectionString, TokenCredential? Credential, bool Console)
{
    /// <summary>The connection string's setting, the one the Functions host and the Azure Monitor SDKs read.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The setting that asks for Entra ID authentication, e.g. <c>ClientId=...;Authorization=AAD</c>.</summary>
    public const string AuthenticationStringKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The console switch: on by default only when there is no connection string.</summary>
    public const string ConsoleKey = "Icc:Telemetry:Console";

    /// <summary>Reads the settings from configuration (environment variables included).</summary>
    public static TelemetrySettings From(IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionStringKey] is { Length: > 0 } value ? value : null;
        var console = configuration.GetValue(ConsoleKey, defaultValue: connectionString is null);
        return new TelemetrySettings(connectionString, CredentialFrom(configuration[AuthenticationStringKey]), console);
    }

    // The Functions host reads APPLICATIONINSIGHTS_AUTHENTICATION_STRING itself, but the Azure Monitor
    // exporter in our process does not (1.10.0): with local authentication off in App Insights, its
    // exports would be refused, so the credential is built here from the same setting.
    private static TokenCredential? CredentialFrom(string? authentication)
    {
        var parts = (authentication ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var scheme) || !string.Equals(scheme, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
