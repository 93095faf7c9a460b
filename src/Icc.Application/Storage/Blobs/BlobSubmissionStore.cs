using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Icc.Domain.Answers;
using Icc.Domain.Json;

namespace Icc.Application.Storage.Blobs;

/// <summary>Uploads, validation reports and PDF reports in Blob storage, under names built by <see cref="StorageNames"/>.</summary>
public sealed class BlobSubmissionStore(BlobServiceClient service, string containerPrefix = "") : ISubmissionBlobs
{
    private BlobContainerClient Uploads => service.GetBlobContainerClient(containerPrefix + StorageNames.UploadsContainer);

    private BlobContainerClient Reports => service.GetBlobContainerClient(containerPrefix + StorageNames.ReportsContainer);

    /// <inheritdoc />
    public async Task<bool> SaveUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var blob = this.Uploads.GetBlobClient(StorageNames.UploadBlob(cityId, submissionId, round, format));
        try
        {
            // Create-only: the bytes exactly as received are never overwritten.
            await blob.UploadAsync(
                BinaryData.FromBytes(content),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = format == AnswerFileFormat.Json ? "application/json" : "text/csv" },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task<byte[]?> ReadUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, CancellationToken cancellationToken = default) =>
        ReadAsync(this.Uploads.GetBlobClient(StorageNames.UploadBlob(cityId, submissionId, round, format)), cancellationToken);

    /// <inheritdoc />
    public Task SaveValidationReportAsync(string cityId, string submissionId, int round, ValidationReport report, CancellationToken cancellationToken = default) =>
        WriteAsync(
            this.Uploads.GetBlobClient(StorageNames.ValidationBlob(cityId, submissionId, round)),
            JsonSerializer.SerializeToUtf8Bytes(report, IccJson.Options),
            "application/json",
            cancellationToken);

    /// <inheritdoc />
    public async Task<ValidationReport?> ReadValidationReportAsync(string cityId, string submissionId, int round, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAsync(this.Uploads.GetBlobClient(StorageNames.ValidationBlob(cityId, submissionId, round)), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<ValidationReport>(bytes, IccJson.Options);
    }

    /// <inheritdoc />
    public Task SaveReportAsync(string cityId, string submissionId, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default) =>
        WriteAsync(this.Reports.GetBlobClient(StorageNames.ReportBlob(cityId, submissionId)), pdf, "application/pdf", cancellationToken);

    /// <inheritdoc />
    public Task<byte[]?> ReadReportAsync(string cityId, string submissionId, CancellationToken cancellationToken = default) =>
        ReadAsync(this.Reports.GetBlobClient(StorageNames.ReportBlob(cityId, submissionId)), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListReportsAsync(string cityId, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var item in this.Reports.GetBlobsAsync(BlobTraits.None, BlobStates.None, StorageNames.CheckCityId(cityId) + "/", cancellationToken))
        {
            names.Add(item.Name);
        }

        return names;
    }

    private static async Task WriteAsync(BlobClient blob, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken) =>
        await blob.UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);

    private static async Task<byte[]?> ReadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
