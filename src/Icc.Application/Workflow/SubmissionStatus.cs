using System.Text.Json.Serialization;

namespace Icc.Application.Workflow;

// Statuses travel in PascalCase ("AwaitingReview"), as the API documents them.

/// <summary>Where a submission stands. Stored in the submissions table and returned by the status endpoint.</summary>
public enum SubmissionStatus
{
    /// <summary>Uploaded and stored; the workflow has not started validating yet.</summary>
    [JsonStringEnumMemberName("Received")]
    Received,

    /// <summary>The answer file is being validated.</summary>
    [JsonStringEnumMemberName("Validating")]
    Validating,

    /// <summary>Rejected: an invalid first file, or a reviewer's rejection.</summary>
    [JsonStringEnumMemberName("Rejected")]
    Rejected,

    /// <summary>Valid answers are being scored.</summary>
    [JsonStringEnumMemberName("Scoring")]
    Scoring,

    /// <summary>Scored and compared; waiting for the secretariat's decision.</summary>
    [JsonStringEnumMemberName("AwaitingReview")]
    AwaitingReview,

    /// <summary>The reviewer asked for changes; waiting for the city's corrected file.</summary>
    [JsonStringEnumMemberName("ChangesRequested")]
    ChangesRequested,

    /// <summary>Approved; the report is being drawn.</summary>
    [JsonStringEnumMemberName("GeneratingReport")]
    GeneratingReport,

    /// <summary>Approved and the report is stored; counts in the next benchmark recomputation.</summary>
    [JsonStringEnumMemberName("Published")]
    Published,

    /// <summary>Nobody acted within the configured period.</summary>
    [JsonStringEnumMemberName("Expired")]
    Expired,

    /// <summary>The workflow failed after exhausting its retries; the secretariat must look at it.</summary>
    [JsonStringEnumMemberName("Failed")]
    Failed,
}

/// <summary>Helpers on statuses.</summary>
public static class SubmissionStatuses
{
    /// <summary>True for statuses after which nothing more happens to the submission.</summary>
    public static bool IsFinal(this SubmissionStatus status) =>
        status is SubmissionStatus.Rejected or SubmissionStatus.Published or SubmissionStatus.Expired or SubmissionStatus.Failed;
}
