namespace Icc.Application.Workflow;

/// <summary>
/// An activity of the submission workflow as a plain DI-built class, so the same code runs behind an
/// Azure Functions [ActivityTrigger] and behind a Durable Task worker registration.
/// Activities run at least once: every implementation is idempotent.
/// </summary>
/// <typeparam name="TInput">The activity's input record.</typeparam>
/// <typeparam name="TOutput">The activity's output record.</typeparam>
public interface IWorkflowActivity<in TInput, TOutput>
{
    /// <summary>Does the activity's work.</summary>
    Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken);
}
