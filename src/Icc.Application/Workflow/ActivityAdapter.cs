using Microsoft.DurableTask;

namespace Icc.Application.Workflow;

/// <summary>Runs a DI-built workflow activity behind a Durable Task worker registration.</summary>
internal sealed class ActivityAdapter<TInput, TOutput>(IWorkflowActivity<TInput, TOutput> activity) : TaskActivity<TInput, TOutput>
{
    /// <inheritdoc />
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) =>
        WorkflowMetrics.TimeAsync(context.Name, () => activity.RunAsync(input, CancellationToken.None));
}
