using System.Diagnostics;

namespace Icc.Application.Workflow;

/// <summary>
/// Traces of the workflow (activity source <c>Icc.Workflow</c>): one span per activity run, tagged with
/// the submission, city and round, so a submission's path through both hosts can be followed.
/// </summary>
public static class WorkflowTracing
{
    /// <summary>The activity source name, for exporters and listeners.</summary>
    public const string SourceName = "Icc.Workflow";

    /// <summary>
    /// The Durable Task SDK's own activity source (orchestration and activity spans of the worker and the
    /// client, in both hosts); its gRPC worker and client create spans under this name.
    /// </summary>
    public const string DurableTaskSourceName = "Microsoft.DurableTask";

    /// <summary>Tag: the submission id.</summary>
    public const string SubmissionIdTag = "icc.submission_id";

    /// <summary>Tag: the city id.</summary>
    public const string CityIdTag = "icc.city_id";

    /// <summary>Tag: the round.</summary>
    public const string RoundTag = "icc.round";

    /// <summary>Tag: the activity name.</summary>
    public const string ActivityTag = "icc.activity";

    /// <summary>The workflow's activity source.</summary>
    public static readonly ActivitySource Source = new(SourceName);
}
