using Azure.Data.Tables;
using Icc.Application.Storage;
using Icc.Application.Storage.Tables;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Storage;

/// <summary>
/// Hostile ids on real storage: submission ids and review-log keys that try path traversal, key injection,
/// control characters or sheer length are refused before any request (or found to be absent), and nothing
/// reaches a table or a blob.
/// </summary>
public sealed class HostileKeyTests : AzuriteStorageTest
{
    /// <summary>Hostile as any key: traversal, separators, key and query characters, control characters, length.</summary>
    public static TheoryData<string> HostileKeys() =>
    [
        "../x",
        "a/b",
        "#",
        "?",
        "\\",
        "s-0123456789abcdef0123456789abcdef/../x",
        "s-0123456789abcdef0123456789abcde\u0000",
        "s-0123456789abcdef0123456789abcdef\n",
        "\u0007\u001b[2J",
        "s-" + new string('a', 5000),
        string.Empty,
    ];

    /// <summary>The hostile keys, and a submission id in the wrong case (ids are lower-case hex).</summary>
    public static TheoryData<string> HostileSubmissionIds()
    {
        var ids = HostileKeys();
        ids.Add("s-0123456789ABCDEF0123456789ABCDEF");
        return ids;
    }

    [Theory]
    [MemberData(nameof(HostileSubmissionIds))]
    public async Task SubmissionId_Hostile_IsRefusedByEveryStoreAndNothingIsWritten(string id)
    {
        // Writes throw before any request; reads answer "absent"; afterwards every table is still empty.
        var submissions = this.Services.GetRequiredService<ISubmissionStore>();
        var answers = this.Services.GetRequiredService<IAnswerStore>();
        var log = this.Services.GetRequiredService<IReviewLog>();
        var scorecards = this.Services.GetRequiredService<IScorecardStore>();
        var blobs = this.Services.GetRequiredService<ISubmissionBlobs>();
        var record = new SubmissionRecord
        {
            SubmissionId = id,
            CityId = "asan",
            Status = SubmissionStatus.Received,
            Format = AnswerFileFormat.Json,
            ContentHash = "abc",
            ETag = "*",
        };
        var sheet = new AnswerSheet(QuestionnaireCatalog.Default.Current.Id, SampleCity(), []);
        var card = Scorer.Score(QuestionnaireCatalog.Default.Current, sheet);

        Assert.Null(await submissions.FindAsync(id, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => submissions.TryCreateAsync(record, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => submissions.UpdateAsync(record, this.Ct));
        Assert.Null(await answers.LoadAsync(id, 1, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => answers.SaveAsync(id, 1, sheet, this.Ct));
        Assert.Empty(await log.ListAsync(id, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(Entry(id, "decision-1"), this.Ct));
        Assert.Null(await scorecards.FindAsync(id, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => scorecards.SaveAsync(new StoredScorecard(id, "asan", 1, sheet.City, card, false, DateTimeOffset.UtcNow), this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => scorecards.MarkPublishedAsync(id, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.SaveUploadAsync("asan", id, 1, AnswerFileFormat.Json, new byte[] { 1 }, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.ReadUploadAsync("asan", id, 1, AnswerFileFormat.Json, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.SaveReportAsync("asan", id, new byte[] { 1 }, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.ReadReportAsync("asan", id, this.Ct));

        await this.AssertNothingStoredAsync();
    }

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public async Task ReviewLogEntryId_Hostile_IsRefusedAndNothingIsWritten(string entryId)
    {
        // Entry ids become row keys: a hostile one is refused even for a valid submission.
        var log = this.Services.GetRequiredService<IReviewLog>();
        var submissionId = "s-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(Entry(submissionId, entryId), this.Ct));

        Assert.Empty(await log.ListAsync(submissionId, this.Ct));
        await this.AssertNothingStoredAsync();
    }

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public async Task CityId_HostileInAScorecard_IsRefusedAndNothingIsWritten(string cityId)
    {
        // The city id stored with a scorecard is checked like the one in blob names.
        var scorecards = this.Services.GetRequiredService<IScorecardStore>();
        var sheet = new AnswerSheet(QuestionnaireCatalog.Default.Current.Id, SampleCity(), []);
        var card = Scorer.Score(QuestionnaireCatalog.Default.Current, sheet);
        var submissionId = "s-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<ArgumentException>(() => scorecards.SaveAsync(
            new StoredScorecard(submissionId, cityId, 1, sheet.City, card, false, DateTimeOffset.UtcNow), this.Ct));

        Assert.Null(await scorecards.FindAsync(submissionId, this.Ct));
        await this.AssertNothingStoredAsync();
    }

    private static ReviewLogEntry Entry(string submissionId, string entryId) =>
        new(submissionId, entryId, 1, ReviewLogKind.Decision, "dev-reviewer", DateTimeOffset.UtcNow, ReviewDecisionKind.Approve, "Fine", []);

    private static CityProfile SampleCity() =>
        new("Asan City", "Republic of Korea", "Chungcheongnam-do", 2024, 389_354, 10.1m, 36_183, [], 63_000m, null);

    private async Task AssertNothingStoredAsync()
    {
        var tables = this.Services.GetRequiredService<TableServiceClient>();
        var names = this.Services.GetRequiredService<TableNames>();
        foreach (var table in new[] { names.Submissions, names.Answers, names.ReviewLog, names.Scorecards })
        {
            await foreach (var entity in tables.GetTableClient(table).QueryAsync<TableEntity>(cancellationToken: this.Ct))
            {
                Assert.Fail($"Table {table} holds {entity.PartitionKey}/{entity.RowKey}.");
            }
        }

        var blobs = this.Services.GetRequiredService<ISubmissionBlobs>();
        Assert.Empty(await blobs.ListReportsAsync("asan", this.Ct));
    }
}
