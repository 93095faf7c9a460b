using System.Collections.Concurrent;
using Icc.Application.Storage;
using Icc.Domain.Answers;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>The answers table in memory: one sheet per submission and round.</summary>
internal sealed class InMemoryAnswerStore : IAnswerStore
{
    private readonly ConcurrentDictionary<(string, int), AnswerSheet> sheets = new();

    public Task SaveAsync(string submissionId, int round, AnswerSheet sheet, CancellationToken cancellationToken = default)
    {
        this.sheets[(StorageNames.CheckSubmissionId(submissionId), round)] = sheet;
        return Task.CompletedTask;
    }

    public Task<AnswerSheet?> LoadAsync(string submissionId, int round, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.sheets.GetValueOrDefault((StorageNames.CheckSubmissionId(submissionId), round)));
}
