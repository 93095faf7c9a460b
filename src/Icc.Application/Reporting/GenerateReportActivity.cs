using Icc.Application.Benchmarks;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Benchmarking;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting;
using Icc.Domain.Reporting.Building;

namespace Icc.Application.Reporting;

/// <summary>
/// Builds the report against the benchmark the submission was compared with, draws it through the
/// renderer boundary, stores it under its one deterministic blob name (a retry overwrites, never
/// duplicates), then publishes the submission and adds the city to the next benchmark recomputation.
/// </summary>
public sealed class GenerateReportActivity(
    ISubmissionStore submissions,
    IScorecardStore scorecards,
    IAnswerStore answers,
    ISubmissionBlobs blobs,
    IBenchmarkSnapshots benchmarks,
    IPublishedResults published,
    QuestionnaireCatalog questionnaires,
    IReportRenderer renderer,
    TimeProvider time) : IWorkflowActivity<RoundRef, string>
{
    /// <inheritdoc />
    public async Task<string> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        // The reviewer's approval already moved the record to GeneratingReport (Published on a re-run after a
        // crash). Anything else means the approval was rolled back: never publish a submission nobody approved.
        var record = await submissions.FindAsync(input.SubmissionId, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {input.SubmissionId} does not exist.");
        if (record.Round != input.Round || record.Status is not (SubmissionStatus.GeneratingReport or SubmissionStatus.Published))
        {
            throw new InvalidOperationException(
                $"Submission {input.SubmissionId} is {record.Status} in round {record.Round}, not approved in round {input.Round}; no report is drawn.");
        }

        var stored = await scorecards.FindAsync(input.SubmissionId, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {input.SubmissionId} has no scorecard.");
        var sheet = await answers.LoadAsync(input.SubmissionId, stored.Round, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {input.SubmissionId} has no answers for round {stored.Round}.");
        var questionnaire = questionnaires.Find(stored.Scorecard.QuestionnaireId)
            ?? throw new InvalidOperationException($"Questionnaire {stored.Scorecard.QuestionnaireId} of submission {input.SubmissionId} is unknown.");

        // The benchmark recorded at comparison time, so a later snapshot never changes this report.
        var benchmark = record.BenchmarkVersion is string version ? await benchmarks.LoadAsync(version, cancellationToken) : null;
        var sample = benchmark is null ? null : new ReportSample(benchmark.Snapshot, benchmark.Members);
        var document = ReportBuilder.Build(ReportInputs.Of(input.CityId, questionnaire, sheet, stored.Scorecard, sample));
        await blobs.SaveReportAsync(input.CityId, input.SubmissionId, WorkflowMetrics.Time(WorkflowMetrics.ReportRenderDuration, () => renderer.Render(document)), cancellationToken);

        await scorecards.MarkPublishedAsync(input.SubmissionId, cancellationToken);

        // The city joins the next recomputation, replacing its earlier published result if it had one.
        var entry = BenchmarkEntry.From(input.CityId, stored.City, stored.Scorecard);
        await published.PublishAsync(new PublishedResult(entry, input.SubmissionId, time.GetUtcNow()), cancellationToken);
        await submissions.MoveToAsync(
            input.SubmissionId,
            SubmissionStatus.Published,
            StatusMove.InRound(input.Round, SubmissionStatus.GeneratingReport),
            time.GetUtcNow(),
            cancellationToken);
        return StorageNames.ReportBlob(input.CityId, input.SubmissionId);
    }
}
