using Icc.Application.Comparison;
using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Scoring;
using Icc.Application.Validation;
using Icc.Application.Workflow;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Workflow;

/// <summary>The Functions triggers of the workflow's activities: bind, call the shared activity, return.</summary>
public sealed class WorkflowActivityFunctions(
    ValidateSubmissionActivity validate,
    RequestCorrectionActivity requestCorrection,
    ScoreSubmissionActivity score,
    CompareWithBenchmarkActivity compare,
    RecordReminderActivity remind,
    GenerateReportActivity report,
    CloseSubmissionActivity close)
{
    /// <summary>Validates a round's upload.</summary>
    [Function(WorkflowNames.ValidateSubmission)]
    public Task<ValidationSummary> Validate([ActivityTrigger] RoundRef input, FunctionContext context) =>
        validate.InvokeAsync(input, context);

    /// <summary>Sends an invalid corrected file back to the city.</summary>
    [Function(WorkflowNames.RequestCorrection)]
    public Task<SubmissionStatus> RequestCorrection([ActivityTrigger] RoundRef input, FunctionContext context) =>
        requestCorrection.InvokeAsync(input, context);

    /// <summary>Scores a round's answers.</summary>
    [Function(WorkflowNames.ScoreSubmission)]
    public Task<ScoreSummary> Score([ActivityTrigger] RoundRef input, FunctionContext context) =>
        score.InvokeAsync(input, context);

    /// <summary>Compares with the current benchmark and opens the review.</summary>
    [Function(WorkflowNames.CompareWithBenchmark)]
    public Task<ComparisonSummary> Compare([ActivityTrigger] RoundRef input, FunctionContext context) =>
        compare.InvokeAsync(input, context);

    /// <summary>Records a reminder to reviewers.</summary>
    [Function(WorkflowNames.RecordReminder)]
    public Task<bool> Remind([ActivityTrigger] ReminderInput input, FunctionContext context) =>
        remind.InvokeAsync(input, context);

    /// <summary>Draws and stores the report, then publishes.</summary>
    [Function(WorkflowNames.GenerateReport)]
    public Task<string> Report([ActivityTrigger] RoundRef input, FunctionContext context) =>
        report.InvokeAsync(input, context);

    /// <summary>Closes a submission with a final status.</summary>
    [Function(WorkflowNames.CloseSubmission)]
    public Task<SubmissionStatus> Close([ActivityTrigger] CloseInput input, FunctionContext context) =>
        close.InvokeAsync(input, context);
}
