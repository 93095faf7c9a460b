using System.Collections.Concurrent;
using Icc.Application.Storage;
using Icc.Domain.Answers;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>The uploads and reports containers in memory, named by <see cref="StorageNames"/> like the real ones.</summary>
internal sealed class InMemorySubmissionBlobs : ISubmissionBlobs
{
    private readonly ConcurrentDictionary<string, byte[]> uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ValidationReport> validations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> reports = new(StringComparer.Ordinal);

    /// <summary>Names of the stored uploads.</summary>
    public IReadOnlyCollection<string> UploadNames => this.uploads.Keys.ToList();

    public Task<bool> SaveUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.uploads.TryAdd(StorageNames.UploadBlob(cityId, submissionId, round, format), content.ToArray()));

    public Task<byte[]?> ReadUploadAsync(string cityId, string submissionId, int round, AnswerFileFormat format, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.uploads.GetValueOrDefault(StorageNames.UploadBlob(cityId, submissionId, round, format)));

    public Task SaveValidationReportAsync(string cityId, string submissionId, int round, ValidationReport report, CancellationToken cancellationToken = default)
    {
        this.validations[StorageNames.ValidationBlob(cityId, submissionId, round)] = report;
        return Task.CompletedTask;
    }

    public Task<ValidationReport?> ReadValidationReportAsync(string cityId, string submissionId, int round, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.validations.GetValueOrDefault(StorageNames.ValidationBlob(cityId, submissionId, round)));

    public Task SaveReportAsync(string cityId, string submissionId, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        this.reports[StorageNames.ReportBlob(cityId, submissionId)] = pdf.ToArray();
        return Task.CompletedTask;
    }

    public Task<byte[]?> ReadReportAsync(string cityId, string submissionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.reports.GetValueOrDefault(StorageNames.ReportBlob(cityId, submissionId)));

    public Task<IReadOnlyList<string>> ListReportsAsync(string cityId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(this.reports.Keys.Where(k => k.StartsWith(StorageNames.CheckCityId(cityId) + "/", StringComparison.Ordinal)).ToList());
}
