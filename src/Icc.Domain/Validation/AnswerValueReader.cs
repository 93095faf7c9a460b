using Icc.Domain.Answers;
using Icc.Domain.Answers.Reading;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Validation;

/// <summary>Interprets one answer value for its question's type; adds issues and returns null when it cannot.</summary>
internal static class AnswerValueReader
{
    private static readonly char[] ListSeparators = ['|', ','];

    public static Answer? Read(Question question, RawAnswer raw, List<ValidationIssue> issues)
    {
        var evidence = ReadEvidence(question, raw, issues);
        Answer? answer = question.Type switch
        {
            AnswerType.YesNo or AnswerType.SingleChoice => SingleChoice(question, raw, issues, evidence),
            AnswerType.MultipleChoice => MultipleChoice(question, raw, issues, evidence),
            AnswerType.Number or AnswerType.Percentage => Numeric(question, raw, issues, evidence),
            _ => FreeText(question, raw, issues, evidence),
        };
        return evidence.Fine ? answer : null;
    }

    private static Evidence ReadEvidence(Question question, RawAnswer raw, List<ValidationIssue> issues)
    {
        var value = raw.Evidence;
        if (value.IsEmpty)
        {
            return new Evidence(null, true);
        }

        if (value.Kind != RawKind.String)
        {
            issues.Add(Issues.Error(IssueCodes.WrongType, raw.EvidenceLocation,
                $"The evidence of {question.Id} must be text, not {value.Describe()}.", question.Id));
            return new Evidence(null, false);
        }

        var text = value.Text!.Trim();
        var fine = TextChecks.Check(text, AnswerFileLimits.MaxEvidenceChars, $"evidence of {question.Id}", raw.EvidenceLocation, question.Id, issues);
        return new Evidence(text, fine);
    }

    private static Answer? SingleChoice(Question question, RawAnswer raw, List<ValidationIssue> issues, Evidence evidence)
    {
        var value = raw.Answer;
        string? written = value.Kind switch
        {
            RawKind.String => value.Text,
            RawKind.Boolean when question.Type == AnswerType.YesNo => value.Boolean == true ? "yes" : "no",
            RawKind.StringList when value.Items!.Count == 1 => value.Items[0],
            _ => null,
        };
        if (written is null)
        {
            var several = value.Kind == RawKind.StringList && value.Items!.Count > 1;
            issues.Add(Issues.Error(several ? IssueCodes.InvalidOption : IssueCodes.WrongType, raw.AnswerLocation,
                several
                    ? $"{question.Id} takes one option, but {value.Items!.Count} were given. Choose one of: {OptionList(question)}."
                    : $"{question.Id} expects one option id as text, not {value.Describe()}. Use one of: {OptionList(question)}.",
                question.Id));
            return null;
        }

        var option = Match(question, written);
        if (option is null)
        {
            issues.Add(InvalidOption(question, written, raw.AnswerLocation));
            return null;
        }

        return Answer.Choice(question.Id, evidence.Text, option.Id);
    }

    private static Answer? MultipleChoice(Question question, RawAnswer raw, List<ValidationIssue> issues, Evidence evidence)
    {
        var value = raw.Answer;
        IReadOnlyList<string>? written = value.Kind switch
        {
            RawKind.StringList => value.Items,
            RawKind.String => value.Text!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => null,
        };
        if (written is null)
        {
            issues.Add(Issues.Error(IssueCodes.WrongType, raw.AnswerLocation,
                $"{question.Id} expects a list of option ids, not {value.Describe()}. Use some of: {OptionList(question)}.", question.Id));
            return null;
        }

        if (written.Count == 0)
        {
            issues.Add(Issues.Error(IssueCodes.InvalidOption, raw.AnswerLocation,
                $"{question.Id} lists no option. Choose at least one of: {OptionList(question)}; \"{DefinitionRules.NoneOptionId}\" says none applies.", question.Id));
            return null;
        }

        var chosen = new List<string>();
        var fine = true;
        foreach (var item in written)
        {
            var option = Match(question, item);
            if (option is null)
            {
                issues.Add(InvalidOption(question, item, raw.AnswerLocation));
                fine = false;
            }
            else if (!chosen.Contains(option.Id))
            {
                chosen.Add(option.Id);
            }
        }

        if (fine && chosen.Contains(DefinitionRules.NoneOptionId) && chosen.Count > 1)
        {
            issues.Add(Issues.Error(IssueCodes.InvalidOption, raw.AnswerLocation,
                $"{question.Id} combines \"{DefinitionRules.NoneOptionId}\" with other options. Either list the options that apply or \"{DefinitionRules.NoneOptionId}\" alone.", question.Id));
            fine = false;
        }

        return fine ? Answer.Choice(question.Id, evidence.Text, [.. chosen]) : null;
    }

    private static Answer? Numeric(Question question, RawAnswer raw, List<ValidationIssue> issues, Evidence evidence)
    {
        var percentage = question.Type == AnswerType.Percentage;
        var range = question.Range ?? new NumberRange(decimal.MinValue, decimal.MaxValue);
        var rule = new NumberRule(range.Min, range.Max, WholeNumber: false, AllowPercentSign: percentage);
        var result = NumberCheck.Check(raw.Answer, rule, $"the answer to {question.Id}");
        if (result.Value is not decimal number)
        {
            issues.Add(Issues.Error(result.Verdict == NumberVerdict.NotANumber ? IssueCodes.WrongType : IssueCodes.OutOfRange, raw.AnswerLocation,
                result.Problem!, question.Id));
            return null;
        }

        return Answer.Numeric(question.Id, number, evidence.Text);
    }

    private static Answer? FreeText(Question question, RawAnswer raw, List<ValidationIssue> issues, Evidence evidence)
    {
        var value = raw.Answer;
        if (value.Kind != RawKind.String)
        {
            issues.Add(Issues.Error(IssueCodes.WrongType, raw.AnswerLocation,
                $"{question.Id} expects text, not {value.Describe()}.", question.Id));
            return null;
        }

        var text = value.Text!.Trim();
        return TextChecks.Check(text, AnswerFileLimits.MaxTextAnswerChars, $"answer to {question.Id}", raw.AnswerLocation, question.Id, issues)
            ? Answer.FreeText(question.Id, text, evidence.Text)
            : null;
    }

    private static AnswerOption? Match(Question question, string written)
    {
        var id = written.Trim();
        return question.Options.FirstOrDefault(o => o.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
    }

    private static ValidationIssue InvalidOption(Question question, string written, SourceLocation location) =>
        Issues.Error(IssueCodes.InvalidOption, location,
            $"\"{EchoText.Safe(written.Trim())}\" is not an option of {question.Id}. Use {(question.Type == AnswerType.MultipleChoice ? "some" : "one")} of: {OptionList(question)}.",
            question.Id);

    private static string OptionList(Question question) => string.Join(", ", question.Options.Select(o => o.Id));

    private sealed record Evidence(string? Text, bool Fine);
}
