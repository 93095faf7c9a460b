using Icc.Domain.Answers;

namespace Icc.Application.Storage;

/// <summary>
/// Blob storage of a submission: each round's upload exactly as received, its validation report, and the
/// generated PDF report. Names are built by <see cref="StorageNames"/> from validated ids only.
/// </summary>
public interface ISubmissionBlobs
{
    /// <summary>Stores a round's upload if it is not there yet; false when it already existed (nothing overwritten).</summary>
    Task<bool> SaveUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>A round's upload, or null.</summary>
    Task<byte[]?> ReadUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, CancellationToken cancellationToken = default);

    /// <summary>Stores (replaces) a round's validation report.</summary>
    Task SaveValidationReportAsync(string cityId, string submissionId, int round, ValidationReport report, CancellationToken cancellationToken = default);

    /// <summary>A round's validation report, or null.</summary>
    Task<ValidationReport?> ReadValidationReportAsync(string cityId, string submissionId, int round, CancellationToken cancellationToken = default);

    /// <summary>Stores (replaces) the submission's PDF report under its one deterministic name.</summary>
    Task SaveReportAsync(string cityId, string submissionId, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default);

    /// <summary>The PDF report, or null when none is stored.</summary>
    Task<byte[]?> ReadReportAsync(string cityId, string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Names of every report blob stored for a city (crash tests check there is exactly one per submission).</summary>
    Task<IReadOnlyList<string>> ListReportsAsync(string cityId, CancellationToken cancellationToken = default);
}
