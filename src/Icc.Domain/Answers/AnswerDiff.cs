namespace Icc.Domain.Answers;

/// <summary>The value of an answer without its evidence: what a reviewer compares between two rounds.</summary>
/// <param name="Options">Chosen option ids (choice questions), empty otherwise.</param>
/// <param name="Number">The number or percentage given.</param>
/// <param name="Text">The text given.</param>
public sealed record AnswerValue(IReadOnlyList<string> Options, decimal? Number, string? Text)
{
    /// <summary>The value of an answer.</summary>
    public static AnswerValue Of(Answer answer) => new(answer.Options, answer.Number, answer.Text);

    /// <summary>
    /// True when both carry the same value. Option order does not count (the same set was chosen) and
    /// numbers compare by value, so <c>6.10</c> equals <c>6.1</c>.
    /// </summary>
    public bool SameAs(AnswerValue other) =>
        this.Number == other.Number
        && string.Equals(this.Text, other.Text, StringComparison.Ordinal)
        && this.Options.Order(StringComparer.Ordinal).SequenceEqual(other.Options.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}

/// <summary>How one question's answer changed from one round to the next.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Before">The earlier value; null when the earlier round did not answer the question.</param>
/// <param name="After">The later value; null when the later round no longer answers it.</param>
/// <param name="ValueChanged">True when the answer itself changed (also when it was added or removed).</param>
/// <param name="EvidenceChanged">True when the evidence text changed.</param>
public sealed record AnswerChange(string QuestionId, AnswerValue? Before, AnswerValue? After, bool ValueChanged, bool EvidenceChanged);

/// <summary>
/// Compares two rounds of a submission question by question, so the reviewer sees what a corrected file
/// actually changed instead of re-reading every answer.
/// </summary>
public static class AnswerDiff
{
    /// <summary>
    /// The questions whose answer or evidence differs between the sheets: the later sheet's questions in its
    /// order, then the questions only the earlier sheet answered, in its order. Unchanged questions are left out.
    /// </summary>
    public static IReadOnlyList<AnswerChange> Between(AnswerSheet before, AnswerSheet after)
    {
        var earlier = ByQuestion(before);
        var later = ByQuestion(after);
        var changes = new List<AnswerChange>();

        foreach (var answer in after.Answers.DistinctBy(a => a.QuestionId))
        {
            var previous = earlier.GetValueOrDefault(answer.QuestionId);
            var change = Compare(answer.QuestionId, previous, answer);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        foreach (var answer in before.Answers.DistinctBy(a => a.QuestionId).Where(a => !later.ContainsKey(a.QuestionId)))
        {
            changes.Add(Compare(answer.QuestionId, answer, null)!);
        }

        return changes;
    }

    private static Dictionary<string, Answer> ByQuestion(AnswerSheet sheet) =>
        sheet.Answers.DistinctBy(a => a.QuestionId).ToDictionary(a => a.QuestionId, StringComparer.Ordinal);

    private static AnswerChange? Compare(string questionId, Answer? before, Answer? after)
    {
        var beforeValue = before is null ? null : AnswerValue.Of(before);
        var afterValue = after is null ? null : AnswerValue.Of(after);
        var valueChanged = beforeValue is null || afterValue is null || !beforeValue.SameAs(afterValue);

        // A missing evidence and an empty one say the same thing: nothing.
        var evidenceChanged = !string.Equals(
            NullIfEmpty(before?.Evidence), NullIfEmpty(after?.Evidence), StringComparison.Ordinal);

        return valueChanged || evidenceChanged
            ? new AnswerChange(questionId, beforeValue, afterValue, valueChanged, evidenceChanged)
            : null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
