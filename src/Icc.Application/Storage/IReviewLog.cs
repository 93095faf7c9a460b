using Icc.Application.Workflow;

namespace Icc.Application.Storage;

/// <summary>What kind of event a review log entry records.</summary>
public enum ReviewLogKind
{
    /// <summary>A reviewer's decision.</summary>
    Decision,

    /// <summary>A reminder sent to reviewers.</summary>
    Reminder,

    /// <summary>A corrected file uploaded by the city.</summary>
    Correction,
}

/// <summary>A question a reviewer flagged for the city to fix.</summary>
public sealed record QuestionFlag(string QuestionId, string Comment);

/// <summary>One append-only entry of the review log.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="EntryId">Unique id: a decision id, or a deterministic reminder or correction id, so retries record once.</param>
/// <param name="Round">The round concerned.</param>
/// <param name="Kind">Decision, reminder or correction.</param>
/// <param name="Actor">Who acted (reviewer or city key name; "workflow" for reminders).</param>
/// <param name="At">When.</param>
/// <param name="Decision">The decision, for decision entries.</param>
/// <param name="Comment">The reviewer's comment.</param>
/// <param name="Questions">Questions flagged for the city to fix.</param>
public sealed record ReviewLogEntry(
    string SubmissionId,
    string EntryId,
    int Round,
    ReviewLogKind Kind,
    string Actor,
    DateTimeOffset At,
    ReviewDecisionKind? Decision,
    string? Comment,
    IReadOnlyList<QuestionFlag> Questions);

/// <summary>The review log table: append-only, keyed by entry id.</summary>
public interface IReviewLog
{
    /// <summary>Appends an entry; false (and nothing written) when an entry with that id is already there.</summary>
    Task<bool> AppendAsync(ReviewLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The submission's entries in time order.</summary>
    Task<IReadOnlyList<ReviewLogEntry>> ListAsync(string submissionId, CancellationToken cancellationToken = default);
}
