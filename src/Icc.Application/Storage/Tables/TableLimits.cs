using Azure.Data.Tables;

namespace Icc.Application.Storage.Tables;

/// <summary>
/// Azure Table limits that Azurite does not all enforce, enforced here so nothing that works locally
/// fails in Azure: a string property holds at most 64 KiB (32 767 UTF-16 characters), an entity at most
/// 1 MiB and 255 properties, a batch at most 100 operations and 4 MiB in one partition.
/// </summary>
internal static class TableLimits
{
    public const int MaxStringChars = 32_767;
    public const int MaxProperties = 252; // 255 less PartitionKey, RowKey and Timestamp
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxBatchOperations = 100;

    // Below Azure's 4 MiB so the request envelope always fits.
    public const int MaxBatchBytes = 3_500_000;

    /// <summary>Throws when the entity breaks a limit; returns its estimated size in bytes.</summary>
    public static int Check(TableEntity entity)
    {
        if (entity.Count > MaxProperties)
        {
            throw new InvalidOperationException($"Entity {entity.PartitionKey}/{entity.RowKey} has {entity.Count} properties; Azure Tables allow {MaxProperties}.");
        }

        var bytes = 64 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        foreach (var (name, value) in entity)
        {
            if (value is string text && text.Length > MaxStringChars)
            {
                throw new InvalidOperationException($"Property {name} of {entity.PartitionKey}/{entity.RowKey} has {text.Length} characters; Azure Tables allow {MaxStringChars}.");
            }

            bytes += (name.Length * 2) + (value is string s ? s.Length * 2 : 16);
        }

        return bytes <= MaxEntityBytes
            ? bytes
            : throw new InvalidOperationException($"Entity {entity.PartitionKey}/{entity.RowKey} is about {bytes:N0} bytes; Azure Tables allow 1 MiB.");
    }

    /// <summary>Splits one partition's entities into transactions within the operation and size limits.</summary>
    public static IEnumerable<List<TableEntity>> Batches(IEnumerable<TableEntity> entities)
    {
        var batch = new List<TableEntity>();
        var size = 0;
        foreach (var entity in entities)
        {
            var bytes = Check(entity);
            if (batch.Count == MaxBatchOperations || (batch.Count > 0 && size + bytes > MaxBatchBytes))
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(entity);
            size += bytes;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
