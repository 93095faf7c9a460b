using Azure.Storage.Queues;
using Icc.Application.Storage;
using Icc.Host.Durable;

namespace Icc.Host.Hosting;

/// <summary>One line at start saying where the host listens and which backend it uses.</summary>
internal static partial class StartupLog
{
    /// <summary>Logs the line once the host has started.</summary>
    public static WebApplication LogStartupLine(this WebApplication app, HostSettings host, DurableSettings durable, StorageClientFactory storageClients)
    {
        // Only the endpoint: the connection string may carry a key.
        var storage = storageClients.ConnectionString is { } connectionString
            ? new QueueServiceClient(connectionString).Uri
            : storageClients.QueueServiceUri ?? storageClients.BlobServiceUri!;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icc.Host");
        app.Lifetime.ApplicationStarted.Register(() =>
            LogStarted(logger, host.HttpUrl, host.SidecarAddress, durable.TaskHub, storage));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "ICC host started: API {ApiUrl}, sidecar {SidecarUrl} (gRPC), task hub {TaskHub}, storage {StorageEndpoint}")]
    private static partial void LogStarted(ILogger logger, string apiUrl, Uri sidecarUrl, string taskHub, Uri storageEndpoint);
}
