namespace Icc.Application.Workflow;

/// <summary>
/// An activity input that names the submission it works on, so the activity runner can put the
/// submission, city and round in the logging scope and on the trace span of every run.
/// </summary>
public interface ISubmissionScoped
{
    /// <summary>The submission.</summary>
    string SubmissionId { get; }

    /// <summary>The city, when the input carries it.</summary>
    string? CityId { get; }

    /// <summary>The round, when the input carries it.</summary>
    int? Round { get; }
}
