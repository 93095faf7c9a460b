using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Storage;

public sealed class RepositoryTests : AzuriteStorageTest
{
    private static string NewId() => "s-" + Guid.NewGuid().ToString("N");

    private static SubmissionRecord NewRecord(string id) => new()
    {
        SubmissionId = id,
        CityId = "asan",
        Status = SubmissionStatus.Received,
        Format = AnswerFileFormat.Json,
        ContentHash = "abc",
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static AnswerSheet BigSheet(int answers, int evidenceChars)
    {
        var city = new CityProfile("Asan City", "Republic of Korea", "Chungcheongnam-do", 2024, 389_354, 10.1m, 36_183,
            [new PopulationGroup("Central Asians", 9845, 27m)], 63_000m, "Notes\nwith a second line");
        var list = Enumerable.Range(0, answers).Select(i => (i % 3) switch
        {
            0 => Answer.Choice($"Q{i:D3}-01", new string('e', evidenceChars), "a", "b"),
            1 => Answer.Numeric($"Q{i:D3}-01", 6.18m + i, new string('n', evidenceChars)),
            _ => Answer.FreeText($"Q{i:D3}-01", "text with | pipe", null),
        }).ToList();
        return new AnswerSheet("icc-2019", city, list);
    }

    [Fact]
    public async Task Answers_250With20000CharEvidence_AreSplitIntoLegalBatchesAndRoundTrip()
    {
        // 250 answers of 40 KB each exceed both the 100-operation and the 4 MiB batch limits: the store splits them.
        var store = this.Services.GetRequiredService<IAnswerStore>();
        var id = NewId();
        var sheet = BigSheet(250, 20_000);
        await store.SaveAsync(id, 1, sheet, this.Ct);

        var loaded = await store.LoadAsync(id, 1, this.Ct);
        Assert.NotNull(loaded);
        Assert.Equal(sheet.City, loaded.City with { MainGroups = sheet.City.MainGroups });
        Assert.Equal(sheet.City.MainGroups, loaded.City.MainGroups);
        Assert.Equal(sheet.Answers.Select(a => a.QuestionId), loaded.Answers.Select(a => a.QuestionId));
        Assert.Equal(sheet.Answers[0].Options, loaded.Answers[0].Options);
        Assert.Equal(sheet.Answers[1].Number, loaded.Answers[1].Number);
        Assert.Equal("text with | pipe", loaded.Answers[2].Text);
        Assert.Equal(20_000, loaded.Answers[0].Evidence!.Length);
    }

    [Fact]
    public async Task Answers_SavedTwiceForTheSameRound_AreStoredOnce_AndRoundsStaySeparate()
    {
        // A retried activity rewrites the same rows; a later round does not disturb an earlier one.
        var store = this.Services.GetRequiredService<IAnswerStore>();
        var id = NewId();
        await store.SaveAsync(id, 1, BigSheet(10, 10), this.Ct);
        await store.SaveAsync(id, 1, BigSheet(10, 10), this.Ct);
        await store.SaveAsync(id, 2, BigSheet(4, 10), this.Ct);

        Assert.Equal(10, (await store.LoadAsync(id, 1, this.Ct))!.Answers.Count);
        Assert.Equal(4, (await store.LoadAsync(id, 2, this.Ct))!.Answers.Count);
        Assert.Null(await store.LoadAsync(id, 3, this.Ct));
    }

    [Fact]
    public async Task Answers_PropertyOverAzureLimit_IsRefusedBeforeWriting()
    {
        // Azurite accepts strings Azure refuses; the store enforces Azure's 64 KiB property limit itself.
        var store = this.Services.GetRequiredService<IAnswerStore>();
        var id = NewId();
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(id, 1, BigSheet(1, 40_000), this.Ct));
        Assert.Null(await store.LoadAsync(id, 1, this.Ct));
    }

    [Fact]
    public async Task Submission_TwoWritersWithTheSameETag_SecondGetsAConflict()
    {
        // Optimistic concurrency: the second writer is refused and the first writer's change stays.
        var store = this.Services.GetRequiredService<ISubmissionStore>();
        var id = NewId();
        Assert.True(await store.TryCreateAsync(NewRecord(id), this.Ct));
        var first = (await store.FindAsync(id, this.Ct))!;
        var second = (await store.FindAsync(id, this.Ct))!;

        await store.UpdateAsync(first.MovedTo(SubmissionStatus.Validating, DateTimeOffset.UtcNow), this.Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.UpdateAsync(second.MovedTo(SubmissionStatus.Rejected, DateTimeOffset.UtcNow), this.Ct));

        var stored = (await store.FindAsync(id, this.Ct))!;
        Assert.Equal(SubmissionStatus.Validating, stored.Status);
        Assert.Contains(SubmissionStatus.Validating, stored.StageTimes.Keys);
    }

    [Fact]
    public async Task Submission_CreatedTwice_SecondIsRefusedAndNothingChanges()
    {
        // Creation is insert-only: the idempotent upload relies on it.
        var store = this.Services.GetRequiredService<ISubmissionStore>();
        var id = NewId();
        Assert.True(await store.TryCreateAsync(NewRecord(id), this.Ct));
        Assert.False(await store.TryCreateAsync(NewRecord(id) with { ContentHash = "other" }, this.Ct));
        Assert.Equal("abc", (await store.FindAsync(id, this.Ct))!.ContentHash);
    }

    [Fact]
    public async Task Submissions_ListedByCityAndStatus_FindTheRightOnes()
    {
        // The city listing and the review queue are filters over the submissions table.
        var store = this.Services.GetRequiredService<ISubmissionStore>();
        var a = NewId();
        var b = NewId();
        await store.TryCreateAsync(NewRecord(a), this.Ct);
        await store.TryCreateAsync(NewRecord(b) with { CityId = "ansan", Status = SubmissionStatus.AwaitingReview }, this.Ct);

        Assert.Equal([a], (await store.ListByCityAsync("asan", this.Ct)).Select(r => r.SubmissionId));
        Assert.Equal([b], (await store.ListByStatusAsync(SubmissionStatus.AwaitingReview, this.Ct)).Select(r => r.SubmissionId));
    }

    [Fact]
    public async Task Upload_SavedTwice_KeepsTheFirstBytes()
    {
        // The raw upload is stored exactly as received and never overwritten.
        var blobs = this.Services.GetRequiredService<ISubmissionBlobs>();
        var id = NewId();
        Assert.True(await blobs.SaveUploadAsync("asan", id, 1, AnswerFileFormat.Csv, new byte[] { 1, 2, 3 }, this.Ct));
        Assert.False(await blobs.SaveUploadAsync("asan", id, 1, AnswerFileFormat.Csv, new byte[] { 9 }, this.Ct));
        Assert.Equal(new byte[] { 1, 2, 3 }, await blobs.ReadUploadAsync("asan", id, 1, AnswerFileFormat.Csv, this.Ct));
        Assert.Null(await blobs.ReadUploadAsync("asan", id, 2, AnswerFileFormat.Csv, this.Ct));
    }

    [Fact]
    public async Task Report_SavedTwice_IsOneBlob()
    {
        // A retried report activity overwrites the one report name: never a second blob.
        var blobs = this.Services.GetRequiredService<ISubmissionBlobs>();
        var id = NewId();
        await blobs.SaveReportAsync("ulsan", id, new byte[] { 1 }, this.Ct);
        await blobs.SaveReportAsync("ulsan", id, new byte[] { 2 }, this.Ct);
        Assert.Equal([$"ulsan/{id}.pdf"], await blobs.ListReportsAsync("ulsan", this.Ct));
        Assert.Equal(new byte[] { 2 }, await blobs.ReadReportAsync("ulsan", id, this.Ct));
    }

    [Theory]
    [InlineData("../asan")]
    [InlineData("asan/../../x")]
    [InlineData("ASAN")]
    [InlineData("asan?comp=list")]
    public async Task Blobs_HostileCityId_AreRefusedBeforeAnyRequest(string cityId)
    {
        // Path traversal and injection never reach Blob storage.
        var blobs = this.Services.GetRequiredService<ISubmissionBlobs>();
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.SaveUploadAsync(cityId, NewId(), 1, AnswerFileFormat.Json, new byte[] { 1 }, this.Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.ListReportsAsync(cityId, this.Ct));
    }

    [Fact]
    public async Task ReviewLog_SameEntryTwice_IsRecordedOnce()
    {
        // A double-clicked decision or a retried reminder is logged once.
        var log = this.Services.GetRequiredService<IReviewLog>();
        var id = NewId();
        var entry = new ReviewLogEntry(id, "decision-1", 1, ReviewLogKind.Decision, "dev-reviewer", DateTimeOffset.UtcNow,
            ReviewDecisionKind.RequestChanges, "Please check", [new QuestionFlag("COM-05", "Add the webpage")]);
        Assert.True(await log.AppendAsync(entry, this.Ct));
        Assert.False(await log.AppendAsync(entry with { Comment = "again" }, this.Ct));

        var stored = Assert.Single(await log.ListAsync(id, this.Ct));
        Assert.Equal("Please check", stored.Comment);
        Assert.Equal(ReviewDecisionKind.RequestChanges, stored.Decision);
        Assert.Equal("COM-05", Assert.Single(stored.Questions).QuestionId);
    }

    [Fact]
    public async Task Scorecard_RoundTrip_KeepsEveryRateAndTheProfile()
    {
        // The stored scorecard gives back the same rates, and can be marked published.
        var store = this.Services.GetRequiredService<IScorecardStore>();
        var id = NewId();
        var definition = QuestionnaireCatalog.Default.Current;
        var sheet = new AnswerSheet(definition.Id, BigSheet(1, 1).City, []);
        var card = Scorer.Score(definition, sheet);
        await store.SaveAsync(new StoredScorecard(id, "asan", 1, sheet.City, card, false, DateTimeOffset.UtcNow), this.Ct);
        await store.MarkPublishedAsync(id, this.Ct);

        var loaded = (await store.FindAsync(id, this.Ct))!;
        Assert.True(loaded.Published);
        Assert.Equal(card.Areas, loaded.Scorecard.Areas);
        Assert.Equal(card.Index, loaded.Scorecard.Index);
        Assert.Equal(sheet.City.Name, loaded.City.Name);
    }
}
