namespace Icc.Application.Workflow;

/// <summary>The orchestration's custom status: small, so it stays far below the 16 KB limit.</summary>
/// <param name="Stage">The stage the orchestration is in.</param>
/// <param name="Round">The current round.</param>
public sealed record WorkflowProgress(SubmissionStatus Stage, int Round);
