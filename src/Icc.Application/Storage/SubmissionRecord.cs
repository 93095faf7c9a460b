using Icc.Application.Workflow;
using Icc.Domain.Answers;

namespace Icc.Application.Storage;

/// <summary>
/// A submission as stored in the submissions table: its status, its round, when each stage happened.
/// <see cref="ETag"/> is the version read; an update with a stale ETag fails with
/// <see cref="ConcurrencyConflictException"/> instead of overwriting someone else's change.
/// </summary>
public sealed record SubmissionRecord
{
    /// <summary>The submission id (also the orchestration instance id).</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The city that uploaded it.</summary>
    public required string CityId { get; init; }

    /// <summary>Current status.</summary>
    public required SubmissionStatus Status { get; init; }

    /// <summary>The current round: 1 for the first file, +1 for each corrected file.</summary>
    public int Round { get; init; } = 1;

    /// <summary>Format of the current round's upload.</summary>
    public required AnswerFileFormat Format { get; init; }

    /// <summary>SHA-256 (hex) of the first upload's bytes, which the submission id is derived from.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Size of the first upload in bytes.</summary>
    public long ContentLength { get; init; }

    /// <summary>The questionnaire answered, once validation has read it.</summary>
    public string? QuestionnaireId { get; init; }

    /// <summary>City name from the validated profile, for listings.</summary>
    public string? CityName { get; init; }

    /// <summary>The benchmark snapshot the scores were compared with; null when there was none.</summary>
    public string? BenchmarkVersion { get; init; }

    /// <summary>The last reviewer decision, if any.</summary>
    public ReviewDecisionKind? Decision { get; init; }

    /// <summary>The id of the decision that moved the submission out of review (claims it against a second reviewer).</summary>
    public string? DecisionId { get; init; }

    /// <summary>Errors in the current round's validation.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Warnings in the current round's validation.</summary>
    public int WarningCount { get; init; }

    /// <summary>Aggregate index, once scored.</summary>
    public int? Index { get; init; }

    /// <summary>Why the submission was closed (rejected, expired, failed).</summary>
    public string? CloseReason { get; init; }

    /// <summary>When each status was last entered.</summary>
    public IReadOnlyDictionary<SubmissionStatus, DateTimeOffset> StageTimes { get; init; } =
        new Dictionary<SubmissionStatus, DateTimeOffset>();

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The stored version this record was read at; null for a record never stored.</summary>
    public string? ETag { get; init; }

    /// <summary>The same record moved to a new status at the given time.</summary>
    public SubmissionRecord MovedTo(SubmissionStatus status, DateTimeOffset at) => this with
    {
        Status = status,
        UpdatedAt = at,
        StageTimes = new Dictionary<SubmissionStatus, DateTimeOffset>(this.StageTimes) { [status] = at },
    };
}
