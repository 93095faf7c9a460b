using Icc.Application.Storage;
using Icc.Application.Storage.Tables;
using Icc.Application.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

/// <summary>
/// Holds a reviewer's claim (the write that moves the record out of AwaitingReview) after the handler has
/// read the record, until the test releases it: what the workflow writes meanwhile races the claim.
/// </summary>
internal sealed class ClaimGate
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ClaimStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => this.release.TrySetResult();

    /// <summary>Wraps the submission store every handler and activity uses.</summary>
    public void Install(IServiceCollection services) =>
        services.AddSingleton<ISubmissionStore>(sp => new Store(this, ActivatorUtilities.CreateInstance<TableSubmissionStore>(sp)));

    private sealed class Store(ClaimGate gate, ISubmissionStore inner) : PassThroughSubmissionStore(inner)
    {
        public override async Task<SubmissionRecord> UpdateAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
        {
            if (record.Status == SubmissionStatus.GeneratingReport && record.DecisionId is not null)
            {
                gate.ClaimStarted.TrySetResult();
                await gate.release.Task.WaitAsync(cancellationToken);
            }

            return await base.UpdateAsync(record, cancellationToken);
        }
    }
}
