using Azure.Storage.Queues;
using Icc.Host.Durable;

namespace Icc.Host.Hosting;

/// <summary>One line at start saying where the host listens and which backend it uses.</summary>
internal static partial class StartupLog
{
    /// <summary>Logs the line once the host has started.</summary>
    public static WebApplication LogStartupLine(this WebApplication app, HostSettings host, DurableSettings durable)
    {
        // Only the endpoint: the connection string may carry a key.
        var storage = new QueueServiceClient(durable.StorageConnection).Uri;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icc.Host");
        app.Lifetime.ApplicationStarted.Register(() =>
            LogStarted(logger, host.HttpUrl, host.SidecarAddress, durable.TaskHub, storage));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "ICC host started: API {ApiUrl}, sidecar {SidecarUrl} (gRPC), task hub {TaskHub}, storage {StorageEndpoint}")]
    private static partial void LogStarted(ILogger logger, string apiUrl, Uri sidecarUrl, string taskHub, Uri storageEndpoint);
}
