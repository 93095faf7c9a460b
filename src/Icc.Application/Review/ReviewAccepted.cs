using Icc.Application.Workflow;

namespace Icc.Application.Review;

/// <summary>The 202 body of a review decision.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Decision">The decision recorded.</param>
/// <param name="Status">The status it moved the submission to.</param>
public sealed record ReviewAccepted(string SubmissionId, ReviewDecisionKind Decision, SubmissionStatus Status);
