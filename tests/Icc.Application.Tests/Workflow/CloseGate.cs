using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

/// <summary>
/// Holds the close activity (the timer at the end of a wait has fired) before it reads the record, until the
/// test releases it: what a reviewer or a city does meanwhile races the expiry exactly at its moment.
/// </summary>
internal sealed class CloseGate
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource CloseStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => this.release.TrySetResult();

    /// <summary>Replaces the close activity with one whose reads wait for the gate.</summary>
    public void Install(IServiceCollection services) =>
        services.AddTransient(sp => new CloseSubmissionActivity(
            new Store(this, sp.GetRequiredService<ISubmissionStore>()), sp.GetRequiredService<TimeProvider>()));

    private sealed class Store(CloseGate gate, ISubmissionStore inner) : PassThroughSubmissionStore(inner)
    {
        public override async Task<SubmissionRecord?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
        {
            gate.CloseStarted.TrySetResult();
            await gate.release.Task.WaitAsync(cancellationToken);
            return await base.FindAsync(submissionId, cancellationToken);
        }
    }
}
