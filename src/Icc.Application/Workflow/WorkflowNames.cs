namespace Icc.Application.Workflow;

/// <summary>
/// The names of the orchestration, its activities and its events. Both hosts register exactly these
/// names; a parity test keeps the Functions app and the standalone host in step.
/// </summary>
public static class WorkflowNames
{
    /// <summary>The orchestration carrying one submission from upload to publication.</summary>
    public const string SubmissionOrchestration = "SubmissionOrchestration";

    /// <summary>Validates the round's upload and stores its answers.</summary>
    public const string ValidateSubmission = "ValidateSubmission";

    /// <summary>Scores the stored answers and stores the scorecard.</summary>
    public const string ScoreSubmission = "ScoreSubmission";

    /// <summary>Compares the scorecard with the current benchmark snapshot, then opens the review.</summary>
    public const string CompareWithBenchmark = "CompareWithBenchmark";

    /// <summary>Sends an invalid corrected file back to the city (ChangesRequested again).</summary>
    public const string RequestCorrection = "RequestCorrection";

    /// <summary>Records that reviewers were reminded of a pending review.</summary>
    public const string RecordReminder = "RecordReminder";

    /// <summary>Draws and stores the report, then publishes the submission.</summary>
    public const string GenerateReport = "GenerateReport";

    /// <summary>Moves a submission to a final status (rejected, expired, failed).</summary>
    public const string CloseSubmission = "CloseSubmission";

    /// <summary>External event carrying a reviewer's decision.</summary>
    public const string ReviewDecisionEvent = "ReviewDecision";

    /// <summary>External event announcing a corrected answer file.</summary>
    public const string CorrectedAnswersEvent = "CorrectedAnswers";

    /// <summary>Every activity name, for registration and parity checks.</summary>
    public static readonly IReadOnlyList<string> Activities =
        [ValidateSubmission, RequestCorrection, ScoreSubmission, CompareWithBenchmark, RecordReminder, GenerateReport, CloseSubmission];
}
