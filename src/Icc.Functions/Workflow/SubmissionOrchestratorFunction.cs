using Icc.Application.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Icc.Functions.Workflow;

/// <summary>The Functions trigger of the submission orchestration; the logic lives in <see cref="SubmissionOrchestration"/>.</summary>
public static class SubmissionOrchestratorFunction
{
    /// <summary>Runs the shared orchestrator body.</summary>
    [Function(WorkflowNames.SubmissionOrchestration)]
    public static Task<SubmissionOutcome> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        SubmissionOrchestration.RunAsync(context);
}
