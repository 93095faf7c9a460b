using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Storage;

/// <summary>
/// TEMPORARY placeholder so the HTTP branch builds: the real registration of the Azure Table and Blob
/// stores is written on the storage branch. Drop this file when merging.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Placeholder: registers nothing.</summary>
    public static IServiceCollection AddIccStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return services;
    }
}
