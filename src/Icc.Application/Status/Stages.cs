using Icc.Application.Workflow;

namespace Icc.Application.Status;

/// <summary>What each status means to a person following a submission.</summary>
public static class Stages
{
    /// <summary>A short phrase for the status, as the status document's <c>stage</c>.</summary>
    public static string Describe(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Received => "File received; waiting for validation to start",
        SubmissionStatus.Validating => "Checking the answer file",
        SubmissionStatus.Scoring => "Calculating the scores",
        SubmissionStatus.AwaitingReview => "Waiting for the secretariat's review",
        SubmissionStatus.ChangesRequested => "Waiting for the city's corrected file",
        SubmissionStatus.GeneratingReport => "Approved; the report is being prepared",
        SubmissionStatus.Published => "Published; the report can be downloaded",
        SubmissionStatus.Rejected => "Closed: the file was invalid or the secretariat rejected it",
        SubmissionStatus.Expired => "Closed: nobody acted within the allowed period",
        SubmissionStatus.Failed => "Stopped by an error; the secretariat must look at it",
        _ => status.ToString(),
    };

    /// <summary>The status as it is written in JSON, e.g. <c>AwaitingReview</c>.</summary>
    public static string JsonName(SubmissionStatus status) => status.ToString();
}
