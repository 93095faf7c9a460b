using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Workflow;

/// <summary>Runs a DI-built workflow activity behind a Durable Task worker registration.</summary>
internal sealed class ActivityAdapter<TInput, TOutput>(IWorkflowActivity<TInput, TOutput> activity, ILogger logger) : TaskActivity<TInput, TOutput>
{
    /// <inheritdoc />
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) =>
        ActivityRunner.RunAsync(context.Name, input, logger, activity.RunAsync, CancellationToken.None);
}
