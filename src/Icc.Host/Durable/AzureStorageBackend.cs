using DurableTask.AzureStorage;
using DurableTask.Core;
using Icc.Application.Storage;

namespace Icc.Host.Durable;

/// <summary>The orchestration service behind the sidecar: DurableTask.AzureStorage on the configured account.</summary>
internal static class AzureStorageBackend
{
    /// <summary>
    /// Registers one <see cref="AzureStorageOrchestrationService"/> as both the service the sidecar dispatches
    /// from (behind <see cref="SidecarOrchestrationService"/>, which only guards start and stop) and the client
    /// it schedules and queries with, and the lifecycle that creates its task hub first.
    /// </summary>
    public static IServiceCollection AddAzureStorageBackend(this IServiceCollection services, DurableSettings settings, StorageClientFactory storage)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = ClientProvider(storage),
            TaskHubName = settings.TaskHub,
            PartitionCount = settings.PartitionCount,
            WorkerId = settings.EffectiveWorkerId,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.QueueVisibilityTimeout,

            // Without this a start with dedupe statuses on an existing instance is silently dropped;
            // with it the caller gets an error it can answer with 409.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
        }));
        services.AddSingleton<SidecarOrchestrationService>();
        services.AddSingleton<IOrchestrationService>(sp => sp.GetRequiredService<SidecarOrchestrationService>());
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());

        // Hosted services start in order and stop in reverse; WebApplication adds Kestrel's last.
        services.AddHostedService<TaskHubLifecycle>();
        return services;
    }

    /// <summary>The same account as our tables and blobs: a connection string, or the managed identity and endpoints.</summary>
    private static StorageAccountClientProvider ClientProvider(StorageClientFactory storage) =>
        storage.ConnectionString is { } connectionString
            ? new StorageAccountClientProvider(connectionString)
            : new StorageAccountClientProvider(
                storage.BlobServiceUri!,
                storage.QueueServiceUri ?? throw new InvalidOperationException(
                    $"{StorageClientFactory.SettingName}:queueServiceUri (app setting {StorageClientFactory.SettingName}__queueServiceUri) is missing; the Durable backend needs the queue endpoint."),
                storage.TableServiceUri!,
                storage.Credential!);
}
