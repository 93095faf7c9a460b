using Icc.Application.Workflow;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Workflow;

/// <summary>Runs a shared activity from its [ActivityTrigger] through the same runner the standalone host uses.</summary>
internal static class ActivityInvocation
{
    /// <summary>
    /// Runs <paramref name="activity"/> under the function's name, logging under the activity's type as the
    /// standalone host does, with the submission in scope, a span and the run's duration.
    /// </summary>
    public static Task<TOutput> InvokeAsync<TInput, TOutput>(this IWorkflowActivity<TInput, TOutput> activity, TInput input, FunctionContext context) =>
        ActivityRunner.RunAsync(
            context.FunctionDefinition.Name,
            input,
            context.GetLogger(activity.GetType().FullName!),
            activity.RunAsync,
            context.CancellationToken);
}
