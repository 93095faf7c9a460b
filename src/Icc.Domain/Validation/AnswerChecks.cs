using Icc.Domain.Answers;
using Icc.Domain.Answers.Reading;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Validation;

/// <summary>Checks the answer entries against the questionnaire: ids, duplicates, values, completeness, evidence.</summary>
internal static class AnswerChecks
{
    public static IReadOnlyList<Answer> Check(Questionnaire questionnaire, RawAnswerFile raw, AnswerFileFormat format, List<ValidationIssue> issues)
    {
        if (raw.Answers.Count > AnswerFileLimits.MaxAnswers)
        {
            issues.Add(Issues.Error(IssueCodes.TooManyAnswers, raw.Answers[AnswerFileLimits.MaxAnswers].Location,
                $"The file has {raw.Answers.Count} answers; the limit is {AnswerFileLimits.MaxAnswers}. {questionnaire.Id} has {questionnaire.Questions.Count} questions: remove the extra entries."));
        }

        var answers = new List<Answer>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in raw.Answers.Where(a => a.QuestionId is not null))
        {
            if (QuestionIdShape.Problem(entry.QuestionId!) is string problem)
            {
                issues.Add(Issues.Error(IssueCodes.InvalidQuestionId, entry.Location, problem));
                continue;
            }

            var question = questionnaire.FindQuestion(entry.QuestionId!) ?? questionnaire.FindQuestion(entry.QuestionId!.ToUpperInvariant());
            if (question is null)
            {
                issues.Add(Issues.Error(IssueCodes.UnknownQuestion, entry.Location,
                    $"\"{entry.QuestionId}\" is not a question of {questionnaire.Id}.{QuestionIdSuggestion.For(questionnaire, entry.QuestionId!)} Run `icc questionnaire` for the list.",
                    entry.QuestionId));
                continue;
            }

            if (seen.TryGetValue(question.Id, out var first))
            {
                issues.Add(Issues.Error(IssueCodes.DuplicateAnswer, entry.Location,
                    $"{question.Id} is answered twice: here and at {first}. Keep one answer.", question.Id));
                continue;
            }

            seen[question.Id] = entry.Location;
            if (entry.Answer.IsEmpty)
            {
                // An entry without a value counts as unanswered; completeness below says whether that matters.
                seen.Remove(question.Id);
                continue;
            }

            var answer = AnswerValueReader.Read(question, entry, issues);
            if (answer is null)
            {
                continue;
            }

            answers.Add(answer);
            if (question.IsChoice && AnswerPoints.Earned(question, answer) > 0 && string.IsNullOrWhiteSpace(answer.Evidence))
            {
                issues.Add(Issues.Warning(IssueCodes.EvidenceMissing, entry.EvidenceLocation,
                    $"{question.Id} is achieved but has no evidence. Say briefly what the city does: the report quotes it.", question.Id));
            }
        }

        AddCompleteness(questionnaire, seen, format, issues);
        return answers;
    }

    private static void AddCompleteness(Questionnaire questionnaire, Dictionary<string, SourceLocation> answered, AnswerFileFormat format, List<ValidationIssue> issues)
    {
        var where = format == AnswerFileFormat.Json ? SourceLocation.Json("/answers") : SourceLocation.File;
        foreach (var question in questionnaire.Questions.Where(q => !answered.ContainsKey(q.Id)))
        {
            issues.Add(question.Mandatory
                ? Issues.Error(IssueCodes.MissingMandatory, where,
                    $"{question.Id} is mandatory but not answered: \"{question.Text}\" Add an answer{OptionHint(question)}.", question.Id)
                : Issues.Warning(IssueCodes.MissingOptional, where,
                    $"{question.Id} is optional and not answered: \"{question.Text}\" Add an answer{OptionHint(question)} if the city has one; otherwise the file is accepted as it is.", question.Id));
        }
    }

    private static string OptionHint(Question question) =>
        question.IsChoice ? $" (options: {string.Join(", ", question.Options.Select(o => o.Id))})" : string.Empty;
}
