using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

public sealed class InvalidCorrectionTests
{
    [Fact]
    public async Task InvalidCorrectedFile_ThenValidOne_GoesBackToTheCityThenOnToPublication()
    {
        // Request changes, an invalid corrected file (round 2) goes back to the city with its errors, a valid
        // one (round 3) reaches review again and is published; the per-question diff compares round 3 with round 1.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var host = await WorkflowHost.StartAsync();
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "request-changes", cts.Token, new { questionId = "LNG-01", comment = "Training?" }));
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.ChangesRequested, cts.Token);

        Assert.Equal(202, await host.CorrectAsync(intake.SubmissionId, Samples.Invalid(), cts.Token));
        var returned = await host.WaitForRoundStatusAsync(intake.SubmissionId, 2, SubmissionStatus.ChangesRequested, cts.Token);
        Assert.Equal(1, returned.ErrorCount);
        var status = await host.StatusAsync(intake.SubmissionId, cts.Token);
        Assert.Equal("ChangesRequested", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("round").GetInt32());
        var error = Assert.Single(status.GetProperty("validation").GetProperty("errors").EnumerateArray());
        Assert.Equal("answer-invalid-option", error.GetProperty("code").GetString());

        Assert.Equal(202, await host.CorrectAsync(intake.SubmissionId, Samples.Corrected("LNG-01", "yes"), cts.Token));
        var third = await host.WaitForRoundStatusAsync(intake.SubmissionId, 3, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(0, third.ErrorCount);
        var changed = (await host.StatusAsync(intake.SubmissionId, cts.Token)).GetProperty("review").GetProperty("changedAnswers");
        Assert.Equal("LNG-01", Assert.Single(changed.EnumerateArray()).GetProperty("questionId").GetString());

        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Published, 3), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
        var log = await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token);
        Assert.Equal(
            [ReviewLogKind.Decision, ReviewLogKind.Correction, ReviewLogKind.Correction, ReviewLogKind.Decision],
            log.Select(e => e.Kind));
    }
}
