using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;

namespace Icc.Application.Status;

/// <summary>The body of GET submissions/{submissionId}: everything a city or a reviewer follows.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="CityId">Its city.</param>
/// <param name="Status">Its status.</param>
/// <param name="Stage">The status in words.</param>
/// <param name="Round">The current round (1 for the first file).</param>
/// <param name="Validation">The current round's validation issues (empty until validated).</param>
/// <param name="Scores">The last scorecard, shaped like <c>icc score --json</c>; null until scored.</param>
/// <param name="Review">Decisions, flags, history and what the last correction changed.</param>
/// <param name="BenchmarkVersion">The benchmark snapshot compared with, if any.</param>
/// <param name="ReportUrl">The report's path once published; null before.</param>
/// <param name="StageTimes">When each status was last entered, by status name (as in "status").</param>
public sealed record SubmissionStatusDocument(
    string SubmissionId,
    string CityId,
    SubmissionStatus Status,
    string Stage,
    int Round,
    ValidationSection Validation,
    Scorecard? Scores,
    ReviewSection Review,
    string? BenchmarkVersion,
    string? ReportUrl,
    IReadOnlyDictionary<string, DateTimeOffset> StageTimes);

/// <summary>A round's validation issues.</summary>
/// <param name="Errors">Errors: the file was not accepted.</param>
/// <param name="Warnings">Warnings: accepted, worth a look.</param>
public sealed record ValidationSection(IReadOnlyList<ValidationIssue> Errors, IReadOnlyList<ValidationIssue> Warnings);

/// <summary>The review side of a submission.</summary>
/// <param name="Decision">The last decision, if any.</param>
/// <param name="Comment">The last decision's comment.</param>
/// <param name="Flags">The questions the last decision flagged.</param>
/// <param name="History">Every decision, reminder and correction, in time order.</param>
/// <param name="ChangedAnswers">From round 2 on: what the current round changed compared with the last earlier round that reached review.</param>
public sealed record ReviewSection(
    ReviewDecisionKind? Decision,
    string? Comment,
    IReadOnlyList<QuestionFlag> Flags,
    IReadOnlyList<ReviewHistoryEntry> History,
    IReadOnlyList<AnswerChange> ChangedAnswers);

/// <summary>One entry of the review history.</summary>
/// <param name="EntryId">Decision id, or the reminder's or correction's id.</param>
/// <param name="Round">The round concerned.</param>
/// <param name="Kind">Decision, reminder or correction.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="At">When.</param>
/// <param name="Decision">The decision, for decisions.</param>
/// <param name="Comment">The comment, for decisions.</param>
/// <param name="Flags">The flagged questions, for decisions.</param>
public sealed record ReviewHistoryEntry(
    string EntryId,
    int Round,
    ReviewLogKind Kind,
    string Actor,
    DateTimeOffset At,
    ReviewDecisionKind? Decision,
    string? Comment,
    IReadOnlyList<QuestionFlag> Flags)
{
    /// <summary>The history entry of a log entry.</summary>
    public static ReviewHistoryEntry Of(ReviewLogEntry entry) =>
        new(entry.EntryId, entry.Round, entry.Kind, entry.Actor, entry.At, entry.Decision, entry.Comment, entry.Questions);
}
