using System.Diagnostics;
using Icc.Application.Telemetry;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Workflow;

/// <summary>
/// Runs one workflow activity the same way in both hosts (the standalone worker's <see cref="ActivityAdapter{TInput, TOutput}"/>
/// and the Functions activity triggers): a logging scope with the submission, city and round, a span on
/// <see cref="WorkflowTracing.Source"/>, and the run's duration on <see cref="WorkflowMetrics.ActivityDuration"/>.
/// </summary>
public static class ActivityRunner
{
    /// <summary>Runs <paramref name="run"/> on <paramref name="input"/> as the activity <paramref name="name"/>.</summary>
    public static async Task<TOutput> RunAsync<TInput, TOutput>(
        string name, TInput input, ILogger logger, Func<TInput, CancellationToken, Task<TOutput>> run, CancellationToken cancellationToken)
    {
        var scoped = input as ISubmissionScoped;
        using var scope = logger.BeginScope(LogScope.Of(scoped?.SubmissionId, scoped?.CityId, scoped?.Round));
        using var span = WorkflowTracing.Source.StartActivity(name);
        if (span is not null)
        {
            Tag(span, name, scoped);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var output = await run(input, cancellationToken);
            logger.LogInformation("Activity {Activity} completed in {ElapsedMs:F0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return output;
        }
        catch (Exception exception)
        {
            // The engine retries the activity; the warning says which attempt failed and why.
            logger.LogWarning(exception, "Activity {Activity} failed after {ElapsedMs:F0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            span?.SetStatus(ActivityStatusCode.Error, exception.Message);
            span?.AddException(exception);
            throw;
        }
        finally
        {
            WorkflowMetrics.ActivityDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(WorkflowTracing.ActivityTag, name));
        }
    }

    private static void Tag(Activity span, string name, ISubmissionScoped? scoped)
    {
        span.SetTag(WorkflowTracing.ActivityTag, name);
        if (scoped is null)
        {
            return;
        }

        span.SetTag(WorkflowTracing.SubmissionIdTag, scoped.SubmissionId);
        span.SetTag(WorkflowTracing.CityIdTag, scoped.CityId);
        span.SetTag(WorkflowTracing.RoundTag, scoped.Round);
    }
}
