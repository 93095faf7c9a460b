using Microsoft.Extensions.Time.Testing;

namespace Icc.Host.Tests.Parity;

/// <summary>
/// A fake clock that also tells when code under test creates a timer, so a test advances the clock only once
/// that code is waiting on it (a background service starts its loop on the thread pool).
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next timer is created (call before the action that creates it).</summary>
    public Task NextTimerCreated()
    {
        lock (this.gate)
        {
            return this.next.Task;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (this.gate)
        {
            this.next.TrySetResult();
            this.next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return timer;
    }
}
