using Microsoft.DurableTask;

namespace Icc.Application.Workflow;

/// <summary>
/// The retry policy of every activity call: storage hiccups and restarts are retried with backoff, so one
/// failed attempt never fails a submission or a recomputation.
/// </summary>
public static class ActivityRetry
{
    /// <summary>Five attempts, one second first, doubling up to a minute.</summary>
    public static TaskOptions Default { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1)));
}
