using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Icc.Application.Storage;

/// <summary>
/// Builds our table and blob clients from the storage setting the Functions host and the Durable backend
/// read, <c>AzureWebJobsStorage</c>, so both hosts and the platform agree on one set of names:
/// <list type="bullet">
/// <item>a connection string (<c>AzureWebJobsStorage=UseDevelopmentStorage=true</c>, Azurite locally);</item>
/// <item>in Azure, where shared keys are disabled, the identity-based section
/// <c>AzureWebJobsStorage__blobServiceUri</c>, <c>__tableServiceUri</c> (and <c>__queueServiceUri</c> for the
/// Durable backend), <c>__credential=managedidentity</c>, <c>__clientId</c> (the user-assigned identity):
/// a <see cref="ManagedIdentityCredential"/> for that client id, or <see cref="DefaultAzureCredential"/>
/// when no client id is set (a system-assigned identity, or a developer's <c>az login</c>).</item>
/// </list>
/// Nothing configured means Azurite, as before.
/// </summary>
public sealed class StorageClientFactory
{
    /// <summary>The setting (a string or a section) shared with the Functions host.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The connection string used when nothing is configured: Azurite on its default ports.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private StorageClientFactory(string connectionString)
    {
        this.ConnectionString = connectionString;
    }

    private StorageClientFactory(Uri blobServiceUri, Uri tableServiceUri, Uri? queueServiceUri, TokenCredential credential)
    {
        this.BlobServiceUri = blobServiceUri;
        this.TableServiceUri = tableServiceUri;
        this.QueueServiceUri = queueServiceUri;
        this.Credential = credential;
    }

    /// <summary>The identity the clients authenticate with; null when a connection string is used.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>The blob endpoint of an identity-based connection; null for a connection string.</summary>
    public Uri? BlobServiceUri { get; }

    /// <summary>The table endpoint of an identity-based connection; null for a connection string.</summary>
    public Uri? TableServiceUri { get; }

    /// <summary>The queue endpoint of an identity-based connection, when configured (only the Durable backend uses queues).</summary>
    public Uri? QueueServiceUri { get; }

    /// <summary>The connection string, when the setting is one; null for an identity-based connection.</summary>
    public string? ConnectionString { get; }

    /// <summary>Reads <c>AzureWebJobsStorage</c> as a connection string or as an identity-based section.</summary>
    /// <exception cref="InvalidOperationException">The section is there but incomplete or malformed; the message names the setting to fix.</exception>
    public static StorageClientFactory FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[SettingName] is { Length: > 0 } connectionString)
        {
            return new StorageClientFactory(connectionString);
        }

        var section = configuration.GetSection(SettingName);
        if (!section.GetChildren().Any())
        {
            return new StorageClientFactory(DevelopmentStorage);
        }

        // The Functions host also accepts __accountName alone, but it derives only blob and queue endpoints
        // from it; our tables need the table endpoint, so both endpoints must be explicit.
        var blob = RequiredUri(section, "blobServiceUri");
        var table = RequiredUri(section, "tableServiceUri");
        var queue = section["queueServiceUri"] is { Length: > 0 } ? RequiredUri(section, "queueServiceUri") : null;
        return new StorageClientFactory(blob, table, queue, CredentialFor(section));
    }

    /// <summary>A table service client for the configured account.</summary>
    public TableServiceClient CreateTableServiceClient() =>
        this.ConnectionString is not null
            ? new TableServiceClient(this.ConnectionString)
            : new TableServiceClient(this.TableServiceUri!, this.Credential!);

    /// <summary>A blob service client for the configured account.</summary>
    public BlobServiceClient CreateBlobServiceClient() =>
        this.ConnectionString is not null
            ? new BlobServiceClient(this.ConnectionString)
            : new BlobServiceClient(this.BlobServiceUri!, this.Credential!);

    private static TokenCredential CredentialFor(IConfigurationSection section)
    {
        if (section["credential"] is { Length: > 0 } kind && !kind.Equals("managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{SettingName}:credential is '{kind}'; the only credential setting the Functions host knows is 'managedidentity' (or leave it out).");
        }

        return section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
    }

    private static Uri RequiredUri(IConfigurationSection section, string name)
    {
        var value = section[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{SettingName} is configured by identity ({string.Join(", ", section.GetChildren().Select(c => c.Key))}) but {SettingName}:{name} "
                + $"(app setting {SettingName}__{name}) is missing; set it to the account's endpoint, e.g. https://<account>.{name[..^"ServiceUri".Length]}.core.windows.net/.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new InvalidOperationException($"{SettingName}:{name} must be an absolute http(s) URI; it is '{value}'.");
        }

        return uri;
    }
}
