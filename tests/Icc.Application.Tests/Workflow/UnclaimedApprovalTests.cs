using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

public sealed class UnclaimedApprovalTests
{
    [Fact]
    public async Task Approval_WhoseClaimWasRolledBack_PublishesNothing()
    {
        // An approval event reaches the workflow while the record still says AwaitingReview (the handler rolled
        // its claim back, believing the delivery failed): no report is drawn, the city is not published, and the
        // submission ends Failed rather than looking approved.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await using var host = await WorkflowHost.StartAsync();
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);

        var approval = new ReviewDecisionMessage("rolled-back", ReviewDecisionKind.Approve, 1, "reviewer");
        await host.Client.RaiseEventAsync(intake.SubmissionId, WorkflowNames.ReviewDecisionEvent, approval, cts.Token);

        Assert.Equal(SubmissionStatus.Failed, (await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token)).Status);
        Assert.Null(await host.Services.GetRequiredService<ISubmissionBlobs>().ReadReportAsync("asan", intake.SubmissionId, cts.Token));
        var scorecard = await host.Services.GetRequiredService<IScorecardStore>().FindAsync(intake.SubmissionId, cts.Token);
        Assert.False(scorecard!.Published);
    }
}
