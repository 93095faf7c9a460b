namespace Icc.Application.Workflow;

/// <summary>
/// Thrown inside the orchestration when it can make no further progress on its own (a claimed decision whose
/// event never arrives, a flood of stale events); the orchestration closes the submission as Failed so the
/// record never stays open behind an instance that loops or dies.
/// </summary>
public sealed class WorkflowStuckException(string message) : Exception(message);
