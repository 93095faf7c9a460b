using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Icc.Application.Storage;

/// <summary>Creates the tables and containers the service uses, if they are missing. Safe to run at every start.</summary>
public sealed class StorageSetup(TableServiceClient tables, BlobServiceClient blobs, string prefix = "")
{
    /// <summary>Creates what is missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new Tables.TableNames(prefix).All)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var container in new[] { StorageNames.UploadsContainer, StorageNames.ReportsContainer, StorageNames.BenchmarksContainer })
        {
            await blobs.GetBlobContainerClient(prefix + container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
