using Icc.Application.Http;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Questionnaires;

namespace Icc.Application.Review;

/// <summary>The body of POST submissions/{submissionId}/review.</summary>
/// <param name="Decision"><c>approve</c>, <c>request-changes</c> or <c>reject</c>.</param>
/// <param name="Comment">The reviewer's comment to the city.</param>
/// <param name="Questions">Questions the city should look at, each with a comment.</param>
public sealed record ReviewRequest(string? Decision, string? Comment, IReadOnlyList<ReviewRequestFlag>? Questions)
{
    /// <summary>The longest comment, overall or on one question.</summary>
    public const int MaxCommentLength = 4_000;

    /// <summary>The most questions one decision may flag.</summary>
    public const int MaxFlags = 100;

    /// <summary>The largest body read: 100 flags of 4 000 characters fit, with room for JSON escapes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly Dictionary<string, ReviewDecisionKind> Decisions = new(StringComparer.Ordinal)
    {
        ["approve"] = ReviewDecisionKind.Approve,
        ["request-changes"] = ReviewDecisionKind.RequestChanges,
        ["reject"] = ReviewDecisionKind.Reject,
    };

    /// <summary>
    /// Checks everything at once against the submission's questionnaire: the decision, the lengths, the
    /// number of flags, that flagged questions exist and appear once, and that a request for changes says
    /// what to change. Returns the decision and the flags, or every issue found.
    /// </summary>
    public (ReviewDecisionKind Decision, IReadOnlyList<QuestionFlag> Flags, IReadOnlyList<RequestIssue> Issues) Validate(Questionnaire questionnaire)
    {
        var issues = new List<RequestIssue>();
        var decision = default(ReviewDecisionKind);
        if (string.IsNullOrWhiteSpace(this.Decision))
        {
            issues.Add(new("/decision", "A decision is required: approve, request-changes or reject."));
        }
        else if (!Decisions.TryGetValue(this.Decision.Trim().ToLowerInvariant(), out decision))
        {
            issues.Add(new("/decision", $"Unknown decision '{Shorten(this.Decision)}': use approve, request-changes or reject."));
        }

        if (this.Comment?.Length > MaxCommentLength)
        {
            issues.Add(new("/comment", $"The comment has {this.Comment.Length} characters; at most {MaxCommentLength} are allowed."));
        }

        var flags = new List<QuestionFlag>();
        var questions = this.Questions ?? [];
        if (questions.Count > MaxFlags)
        {
            issues.Add(new("/questions", $"{questions.Count} questions are flagged; at most {MaxFlags} are allowed."));
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < questions.Count; i++)
            {
                var flag = questions[i];
                var questionId = flag?.QuestionId?.Trim();
                if (string.IsNullOrEmpty(questionId))
                {
                    issues.Add(new($"/questions/{i}/questionId", "Each flagged question needs its questionId."));
                }
                else if (questionnaire.FindQuestion(questionId) is null)
                {
                    issues.Add(new($"/questions/{i}/questionId", $"Question '{Shorten(questionId)}' is not in questionnaire {questionnaire.Id}."));
                }
                else if (!seen.Add(questionId))
                {
                    issues.Add(new($"/questions/{i}/questionId", $"Question {questionId} is flagged twice; put both comments in one flag."));
                }

                if (flag?.Comment?.Length > MaxCommentLength)
                {
                    issues.Add(new($"/questions/{i}/comment", $"The comment has {flag.Comment.Length} characters; at most {MaxCommentLength} are allowed."));
                }

                flags.Add(new QuestionFlag(questionId ?? string.Empty, flag?.Comment ?? string.Empty));
            }
        }

        if (decision == ReviewDecisionKind.RequestChanges && issues.Count == 0
            && string.IsNullOrWhiteSpace(this.Comment) && flags.Count == 0)
        {
            issues.Add(new("/comment", "A request for changes must tell the city what to change: give a comment or flag questions."));
        }

        return (decision, flags, issues);
    }

    // Echo at most a little of what the caller sent: enough to recognise it, never a whole payload.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A question flagged in a review request.</summary>
/// <param name="QuestionId">The question id, e.g. <c>COM-01</c>.</param>
/// <param name="Comment">What the city should look at.</param>
public sealed record ReviewRequestFlag(string? QuestionId, string? Comment);
