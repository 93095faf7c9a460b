using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Icc.Application.Workflow;

/// <summary>
/// Metrics of the workflow (meter <c>Icc.Workflow</c>): how long each activity's own work takes, so the
/// time in our code can be told from the time waiting on the engine; how many submissions enter each
/// status; how long reviews wait; how long reports take to draw and benchmarks to recompute.
/// Both hosts record them here.
/// </summary>
public static class WorkflowMetrics
{
    /// <summary>The meter name, for exporters and listeners.</summary>
    public const string MeterName = "Icc.Workflow";

    /// <summary>Tag: the status a submission entered.</summary>
    public const string StatusTag = "icc.status";

    /// <summary>Tag: the reviewer's decision.</summary>
    public const string DecisionTag = "icc.decision";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Seconds spent in one activity run, tagged with the activity name (<c>icc.activity</c>).</summary>
    public static readonly Histogram<double> ActivityDuration =
        Meter.CreateHistogram<double>("icc.activity.duration", unit: "s", description: "Time spent in one run of a workflow activity.");

    /// <summary>Status transitions of submissions, tagged with the status entered (<c>icc.status</c>).</summary>
    public static readonly Counter<long> StatusTransitions =
        Meter.CreateCounter<long>("icc.submission.status_transitions", unit: "{transition}", description: "Submissions entering a status.");

    /// <summary>Seconds from AwaitingReview to the reviewer's decision, tagged with the decision (<c>icc.decision</c>).</summary>
    public static readonly Histogram<double> ReviewWait =
        Meter.CreateHistogram<double>("icc.review.wait", unit: "s", description: "Time a submission waited for the reviewer's decision.");

    /// <summary>Seconds the renderer took to draw one report.</summary>
    public static readonly Histogram<double> ReportRenderDuration =
        Meter.CreateHistogram<double>("icc.report.render.duration", unit: "s", description: "Time to draw one report.");

    /// <summary>Seconds one benchmark computation took (read every published result, compute, write).</summary>
    public static readonly Histogram<double> BenchmarkComputeDuration =
        Meter.CreateHistogram<double>("icc.benchmark.compute.duration", unit: "s", description: "Time to compute and write one benchmark snapshot.");

    /// <summary>Counts a submission entering <paramref name="status"/>; call it once per actual change of status.</summary>
    public static void StatusEntered(SubmissionStatus status) =>
        StatusTransitions.Add(1, new KeyValuePair<string, object?>(StatusTag, status.ToString()));

    /// <summary>Runs <paramref name="work"/> and records its duration on <paramref name="histogram"/>, whether it succeeded or not.</summary>
    public static T Time<T>(Histogram<double> histogram, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    /// <summary>Runs <paramref name="work"/> and records its duration on <paramref name="histogram"/>, whether it succeeded or not.</summary>
    public static async Task<T> TimeAsync<T>(Histogram<double> histogram, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
