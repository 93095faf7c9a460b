using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Icc.Application.Benchmarks;
using Icc.Application.Storage.Blobs;
using Icc.Application.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Storage;

/// <summary>Registers the storage of the service.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Tables and blobs from the setting <c>AzureWebJobsStorage</c>, shared with the Functions host: a connection
    /// string, or in Azure the identity-based section (<see cref="StorageClientFactory"/>). Both hosts call this.
    /// </summary>
    public static IServiceCollection AddIccStorage(this IServiceCollection services, IConfiguration configuration, string prefix = "") =>
        services.AddIccStorage(StorageClientFactory.FromConfiguration(configuration), prefix);

    /// <summary>Tables and blobs from a factory already read from configuration (a host that also needs it elsewhere).</summary>
    public static IServiceCollection AddIccStorage(this IServiceCollection services, StorageClientFactory factory, string prefix = "") =>
        services.AddIccStorage(factory.CreateTableServiceClient(), factory.CreateBlobServiceClient(), prefix);

    /// <summary>
    /// Tables and blobs from a connection string (Azurite locally). The prefix (letters and digits) names
    /// a separate set of tables and containers, for tests and side-by-side environments.
    /// </summary>
    public static IServiceCollection AddIccStorage(this IServiceCollection services, string connectionString, string prefix = "") =>
        services.AddIccStorage(new TableServiceClient(connectionString), new BlobServiceClient(connectionString), prefix);

    /// <summary>Tables and blobs from ready clients (for example built with a managed identity).</summary>
    public static IServiceCollection AddIccStorage(this IServiceCollection services, TableServiceClient tables, BlobServiceClient blobs, string prefix = "")
    {
        var names = new TableNames(prefix);
        services.AddSingleton(tables);
        services.AddSingleton(blobs);
        services.AddSingleton(names);
        services.AddSingleton(new StorageSetup(tables, blobs, prefix));
        services.AddHostedService<StorageInitializer>();
        services.AddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.AddSingleton<IAnswerStore, TableAnswerStore>();
        services.AddSingleton<IScorecardStore, TableScorecardStore>();
        services.AddSingleton<IReviewLog, TableReviewLog>();
        services.AddSingleton<ISubmissionBlobs>(new BlobSubmissionStore(blobs, prefix));
        services.AddSingleton<IBenchmarkSnapshots, BenchmarkSnapshotStore>();
        services.AddSingleton<IPublishedResults, TablePublishedResults>();
        return services;
    }
}
