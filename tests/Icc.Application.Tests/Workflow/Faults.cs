using Icc.Application.Storage;
using Icc.Application.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

/// <summary>A scorecard store whose first save fails, as a storage outage would.</summary>
internal sealed class FlakyScorecards
{
    private int attempts;

    public int Attempts => this.attempts;

    public IScorecardStore Wrap(IServiceProvider services) => new Store(this, ActivatorUtilities.CreateInstance<TableScorecardStore>(services));

    private sealed class Store(FlakyScorecards owner, IScorecardStore inner) : IScorecardStore
    {
        public Task SaveAsync(StoredScorecard scorecard, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref owner.attempts) == 1
                ? throw new IOException("Simulated storage outage")
                : inner.SaveAsync(scorecard, cancellationToken);

        public Task<StoredScorecard?> FindAsync(string submissionId, CancellationToken cancellationToken = default) => inner.FindAsync(submissionId, cancellationToken);

        public Task MarkPublishedAsync(string submissionId, CancellationToken cancellationToken = default) => inner.MarkPublishedAsync(submissionId, cancellationToken);
    }
}

/// <summary>A review log that holds the first reminder open until the test releases it.</summary>
internal sealed class ReminderGate
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ReminderStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => this.release.TrySetResult();

    public IReviewLog Wrap(IServiceProvider services) => new Log(this, ActivatorUtilities.CreateInstance<TableReviewLog>(services));

    private sealed class Log(ReminderGate gate, IReviewLog inner) : IReviewLog
    {
        public async Task<bool> AppendAsync(ReviewLogEntry entry, CancellationToken cancellationToken = default)
        {
            if (entry.Kind == ReviewLogKind.Reminder)
            {
                gate.ReminderStarted.TrySetResult();
                await gate.release.Task.WaitAsync(cancellationToken);
            }

            return await inner.AppendAsync(entry, cancellationToken);
        }

        public Task<IReadOnlyList<ReviewLogEntry>> ListAsync(string submissionId, CancellationToken cancellationToken = default) => inner.ListAsync(submissionId, cancellationToken);
    }
}

/// <summary>A review log on which every reminder fails, as a broken notification channel would; it signals each attempt.</summary>
internal sealed class FailingReminders
{
    private int attempts;

    /// <summary>Completes when the given number of reminder attempts has been made.</summary>
    public TaskCompletionSource AttemptsReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int AttemptsToSignal { get; init; }

    public IReviewLog Wrap(IServiceProvider services) => new Log(this, ActivatorUtilities.CreateInstance<TableReviewLog>(services));

    private sealed class Log(FailingReminders owner, IReviewLog inner) : IReviewLog
    {
        public Task<bool> AppendAsync(ReviewLogEntry entry, CancellationToken cancellationToken = default)
        {
            if (entry.Kind != ReviewLogKind.Reminder)
            {
                return inner.AppendAsync(entry, cancellationToken);
            }

            if (Interlocked.Increment(ref owner.attempts) >= owner.AttemptsToSignal)
            {
                owner.AttemptsReached.TrySetResult();
            }

            throw new IOException("Simulated reminder failure");
        }

        public Task<IReadOnlyList<ReviewLogEntry>> ListAsync(string submissionId, CancellationToken cancellationToken = default) => inner.ListAsync(submissionId, cancellationToken);
    }
}
