using Icc.Domain.Answers;

namespace Icc.Application.Workflow;

// Records that cross the durable boundary. They carry ids and small summaries only: documents stay in
// blobs and tables (a history value over ~60 KB spills to blob storage and slows every replay).

/// <summary>Input of the submission orchestration.</summary>
/// <param name="SubmissionId">The submission, also the orchestration's instance id.</param>
/// <param name="CityId">The city that uploaded it.</param>
/// <param name="Format">The format of the first upload.</param>
/// <param name="Timings">Reminder and expiry periods, fixed at start so replays stay deterministic.</param>
public sealed record SubmissionWorkflowInput(string SubmissionId, string CityId, AnswerFileFormat Format, ReviewTimings Timings);

/// <summary>The periods of the review and correction waits.</summary>
/// <param name="ReminderInterval">How often reviewers are reminded of a pending review.</param>
/// <param name="ReviewPeriod">How long a review may stay pending before the submission expires.</param>
/// <param name="CorrectionPeriod">How long the city has to send a corrected file.</param>
/// <param name="MaxRounds">How many files (first plus corrections) one submission may go through.</param>
public sealed record ReviewTimings(TimeSpan ReminderInterval, TimeSpan ReviewPeriod, TimeSpan CorrectionPeriod, int MaxRounds);

/// <summary>Identifies one round (one uploaded file) of a submission: the input of most activities.</summary>
public sealed record RoundRef(string SubmissionId, string CityId, int Round, AnswerFileFormat Format) : ISubmissionScoped
{
    int? ISubmissionScoped.Round => this.Round;
}

/// <summary>What validation found, in numbers; the issues themselves are in the validation blob.</summary>
public sealed record ValidationSummary(bool Valid, int Errors, int Warnings, string? QuestionnaireId);

/// <summary>The headline figures of a stored scorecard.</summary>
public sealed record ScoreSummary(int? Index, int? ExtendedIndex, int? Lens);

/// <summary>Which benchmark snapshot the submission was compared with; null when there is none yet.</summary>
public sealed record ComparisonSummary(string? BenchmarkVersion);

/// <summary>A reviewer's decision, raised as an event once the review endpoint has claimed the decision.</summary>
/// <param name="DecisionId">Unique id of the decision; the review log is keyed by it, so it is recorded once.</param>
/// <param name="Decision">Approve, request changes or reject.</param>
/// <param name="Round">The round the decision is about; a decision for another round is ignored.</param>
/// <param name="Reviewer">Who decided.</param>
public sealed record ReviewDecisionMessage(string DecisionId, ReviewDecisionKind Decision, int Round, string Reviewer);

/// <summary>Announces that the city uploaded the corrected file for a new round.</summary>
public sealed record CorrectedAnswersMessage(int Round, AnswerFileFormat Format);

/// <summary>Input of the reminder activity.</summary>
/// <param name="SubmissionId">The submission awaiting review.</param>
/// <param name="Round">The round awaiting review.</param>
/// <param name="Number">The reminder's number in this round.</param>
/// <param name="DueAtUtc">When the reminder fell due.</param>
/// <param name="CityId">The city, for logs and traces (absent in histories written before it was added).</param>
public sealed record ReminderInput(string SubmissionId, int Round, int Number, DateTime DueAtUtc, string? CityId = null) : ISubmissionScoped
{
    int? ISubmissionScoped.Round => this.Round;
}

/// <summary>Input of the close activity.</summary>
/// <param name="SubmissionId">The submission to close.</param>
/// <param name="Status">The final status.</param>
/// <param name="Reason">Why it closes.</param>
/// <param name="CityId">The city, for logs and traces (absent in histories written before it was added).</param>
/// <param name="Round">The round it closes in: the record must still be in it when <paramref name="From"/> is given.</param>
/// <param name="From">
/// The status the record must be in to close (with <paramref name="Round"/>); null closes from any status that is
/// not final (a failure). Absent in histories written before it was added.
/// </param>
public sealed record CloseInput(
    string SubmissionId, SubmissionStatus Status, string Reason, string? CityId = null, int? Round = null, SubmissionStatus? From = null) : ISubmissionScoped;

/// <summary>What the orchestration ends with.</summary>
public sealed record SubmissionOutcome(SubmissionStatus Status, int Rounds);
