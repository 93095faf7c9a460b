using Icc.Application.Workflow;

namespace Icc.Application.Storage;

/// <summary>
/// Which record a workflow status move may change: one round, in one of the statuses the workflow expects
/// it in. A record found anywhere else was moved by someone else (a reviewer's decision, a city's corrected
/// file, or an earlier run of the same activity that went further), and the move leaves it alone.
/// </summary>
/// <param name="Round">The round the move is about; null for any round.</param>
/// <param name="From">The statuses the record may be moved from.</param>
public sealed record StatusMove(int? Round, IReadOnlyList<SubmissionStatus> From)
{
    /// <summary>Moves allowed from the given statuses in one round.</summary>
    public static StatusMove InRound(int round, params SubmissionStatus[] from) => new(round, from);

    /// <summary>Moves allowed from any status that is not final, in any round (a failure closes whatever stage it hit).</summary>
    public static StatusMove FromAnyOpenStatus { get; } =
        new(null, Enum.GetValues<SubmissionStatus>().Where(s => !s.IsFinal()).ToList());

    /// <summary>True when the record is where this move expects it. A final status is never left.</summary>
    public bool Allows(SubmissionRecord record) =>
        !record.Status.IsFinal() && this.From.Contains(record.Status) && (this.Round is null || this.Round == record.Round);
}
