using Icc.Application.Benchmarks;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting;

namespace Icc.Application.Reporting;

/// <summary>
/// Draws the report through the renderer boundary, stores it under its one deterministic blob name
/// (a retry overwrites, never duplicates), then publishes the submission.
/// </summary>
public sealed class GenerateReportActivity(
    ISubmissionStore submissions,
    IScorecardStore scorecards,
    ISubmissionBlobs blobs,
    IBenchmarkSnapshots benchmarks,
    IPublishedResults published,
    IReportRenderer renderer,
    TimeProvider time) : IWorkflowActivity<RoundRef, string>
{
    /// <inheritdoc />
    public async Task<string> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        var record = await submissions.MoveToAsync(input.SubmissionId, SubmissionStatus.GeneratingReport, time.GetUtcNow(), cancellationToken);
        var stored = await scorecards.FindAsync(input.SubmissionId, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {input.SubmissionId} has no scorecard.");

        var sample = await SampleOf(record.BenchmarkVersion, cancellationToken);
        var content = ReportContentBuilder.Build(stored.Scorecard, stored.City, sample, sampleRates: null);
        await blobs.SaveReportAsync(input.CityId, input.SubmissionId, renderer.Render(ReportComposer.Compose(content)), cancellationToken);

        await scorecards.MarkPublishedAsync(input.SubmissionId, cancellationToken);

        // The city joins the next recomputation, replacing its earlier published result if it had one.
        var entry = BenchmarkEntry.From(input.CityId, stored.City, stored.Scorecard);
        await published.PublishAsync(new PublishedResult(entry, input.SubmissionId, time.GetUtcNow()), cancellationToken);
        await submissions.MoveToAsync(input.SubmissionId, SubmissionStatus.Published, time.GetUtcNow(), cancellationToken);
        return StorageNames.ReportBlob(input.CityId, input.SubmissionId);
    }

    // The report states the sample it was compared with: the snapshot recorded at comparison time.
    private async Task<SampleInfo?> SampleOf(string? version, CancellationToken cancellationToken)
    {
        var snapshot = version is null ? null : await benchmarks.FindAsync(version, cancellationToken);
        return snapshot is null ? null : new SampleInfo(snapshot.Version, snapshot.Cities, snapshot.ComputedAt);
    }
}
