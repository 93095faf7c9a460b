using Icc.Application.Benchmarks;
using Icc.Application.Comparison;
using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

public sealed class ExpiryRaceTests
{
    // Reviews and corrections expire two seconds after they open; no reminder falls due before.
    private static readonly ReviewOptions ShortPeriods = new()
    {
        ReminderInterval = TimeSpan.FromDays(1),
        ReviewPeriod = TimeSpan.FromSeconds(2),
        CorrectionPeriod = TimeSpan.FromSeconds(2),
    };

    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Decision_ClaimedAfterTheReviewTimerFired_IsHonouredNotExpired()
    {
        // The review period ends and the close starts; the reviewer's approval claims the record first: 202,
        // and the submission is published, not expired over the decision.
        using var cts = Timeout();
        var gate = new CloseGate();
        await using var host = await WorkflowHost.StartAsync(ShortPeriods, gate.Install);
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);

        await gate.CloseStarted.Task.WaitAsync(cts.Token);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        gate.Release();

        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Published, 1), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
        var record = (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!;
        Assert.Equal(SubmissionStatus.Published, record.Status);
        Assert.Null(record.CloseReason);
        var log = await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token);
        Assert.Equal(record.DecisionId, Assert.Single(log, e => e.Kind == ReviewLogKind.Decision).EntryId);
    }

    [Fact]
    public async Task Decision_WhoseClaimFollowsTheExpiryWrite_IsRefusedAndChangesNothing()
    {
        // The reviewer's handler reads AwaitingReview, the close then writes Expired, and only then the claim is
        // written: it finds the record changed, answers 409, and nothing is logged or raised.
        using var cts = Timeout();
        var close = new CloseGate();
        var claim = new ClaimGate();
        await using var host = await WorkflowHost.StartAsync(ShortPeriods, services =>
        {
            claim.Install(services);
            close.Install(services);
        });
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);

        await close.CloseStarted.Task.WaitAsync(cts.Token);
        var decision = host.DecideAsync(intake.SubmissionId, "approve", cts.Token);
        await claim.ClaimStarted.Task.WaitAsync(cts.Token);
        close.Release();
        var expired = await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.Expired, cts.Token);
        claim.Release();

        Assert.Equal(409, await decision);
        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Expired, 1), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
        Assert.Equal(expired.ETag, (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!.ETag);
        Assert.DoesNotContain(
            await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token), e => e.Kind == ReviewLogKind.Decision);
    }

    [Fact]
    public async Task CorrectedFile_ClaimedAfterTheCorrectionTimerFired_IsTakenNotExpired()
    {
        // The correction period ends and the close starts; the city's corrected file claims the record first:
        // 202, and round 2 is validated and reaches review.
        using var cts = Timeout();
        var gate = new CloseGate();
        var periods = new ReviewOptions { ReminderInterval = TimeSpan.FromDays(1), ReviewPeriod = TimeSpan.FromMinutes(5), CorrectionPeriod = TimeSpan.FromSeconds(2) };
        await using var host = await WorkflowHost.StartAsync(periods, gate.Install);
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "request-changes", cts.Token));

        await gate.CloseStarted.Task.WaitAsync(cts.Token);
        Assert.Equal(202, await host.CorrectAsync(intake.SubmissionId, Samples.Corrected("LNG-01", "yes"), cts.Token));
        gate.Release();

        var second = await host.WaitForRoundStatusAsync(intake.SubmissionId, 2, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Null(second.CloseReason);
    }

    [Fact]
    public async Task CompareActivity_RetriedAfterADecisionClaim_LeavesTheDecision()
    {
        // Activities run at least once: a compare that runs again after the reviewer's claim must not reopen
        // the review and erase the decision.
        using var cts = Timeout();
        await using var services = await Azurite.StorageAsync();
        var store = services.GetRequiredService<ISubmissionStore>();
        var id = "s-" + Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        Assert.True(await store.TryCreateAsync(
            new SubmissionRecord
            {
                SubmissionId = id,
                CityId = "asan",
                Status = SubmissionStatus.GeneratingReport,
                Format = AnswerFileFormat.Json,
                ContentHash = "abc",
                Decision = ReviewDecisionKind.Approve,
                DecisionId = "decision-1",
                CreatedAt = now,
                UpdatedAt = now,
            },
            cts.Token));
        var claimed = (await store.FindAsync(id, cts.Token))!;

        var compare = new CompareWithBenchmarkActivity(store, services.GetRequiredService<IBenchmarkSnapshots>(), TimeProvider.System);
        await compare.RunAsync(new RoundRef(id, "asan", 1, AnswerFileFormat.Json), cts.Token);

        var after = (await store.FindAsync(id, cts.Token))!;
        Assert.Equal(claimed.ETag, after.ETag);
        Assert.Equal(SubmissionStatus.GeneratingReport, after.Status);
        Assert.Equal("decision-1", after.DecisionId);
    }
}
