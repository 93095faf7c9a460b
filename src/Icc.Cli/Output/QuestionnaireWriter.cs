using System.Globalization;
using Icc.Domain.Questionnaires;

namespace Icc.Cli.Output;

/// <summary>Prints a questionnaire for people: areas, questions, options with points.</summary>
internal static class QuestionnaireWriter
{
    public static void Write(Questionnaire questionnaire, TextWriter output)
    {
        output.WriteLine($"{questionnaire.Title} ({questionnaire.Id})");
        output.WriteLine($"{questionnaire.Questions.Count} questions, {questionnaire.Questions.Count(q => q.Mandatory)} mandatory, {questionnaire.Areas.Count} areas.");
        WriteProfile(questionnaire.Profile, output);
        foreach (var area in questionnaire.Areas)
        {
            output.WriteLine();
            output.WriteLine($"== {area.Name} ({area.Id}){(area.InLens ? ", intercultural lens" : string.Empty)}{(area.Since == IndexScope.Extended ? ", extended index only" : string.Empty)}");
            foreach (var question in questionnaire.QuestionsOf(area.Id))
            {
                var flags = $"{(question.Mandatory ? "mandatory" : "optional")}, {Scope(question)}, {question.Type}";
                output.WriteLine($"{question.Id}  [{flags}]");
                output.WriteLine($"        {question.Text}");
                foreach (var option in question.Options)
                {
                    output.WriteLine($"        - {option.Id,-28} {Points(option.Points),3} pt  {option.Label}");
                }

                if (question.Cap is decimal cap)
                {
                    output.WriteLine($"        (points add up to at most {Points(cap)})");
                }

                if (question.Range is NumberRange range)
                {
                    output.WriteLine($"        (a value from {Points(range.Min)} to {Points(range.Max)}{(question.IsScored ? string.Empty : "; not scored")})");
                }
            }
        }
    }

    private static void WriteProfile(ProfileDefinition profile, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("== City profile (\"city\" in JSON, city.<field> rows in CSV)");
        foreach (var field in profile.Fields)
        {
            output.WriteLine($"{field.Id,-18} [{(field.Required ? "required" : "optional")}, {Accepts(field)}]  {field.Hint}");
        }

        output.WriteLine($"{ProfileDefinition.MainGroupsId,-18} [optional, a list of groups, each with:]");
        foreach (var field in profile.MainGroupFields)
        {
            output.WriteLine($"  {field.Id,-16} [{(field.Required ? "required" : "optional")}, {Accepts(field)}]  {field.Hint}");
        }
    }

    private static string Accepts(ProfileField field) => field.Type switch
    {
        ProfileFieldType.Text => $"text, at most {field.MaxLength} characters",
        ProfileFieldType.Percentage => $"percentage from {Points(field.Min ?? 0)} to {Points(field.Max ?? 100)}",
        _ => $"{(field.WholeNumber ? "whole number" : "number")} from {Points(field.Min ?? 0)} to {Points(field.Max ?? 0)}",
    };

    private static string Scope(Question question) =>
        !question.IsScored ? "not scored" : question.Scope switch
        {
            IndexScope.Both => "original + extended",
            IndexScope.Extended => "extended only",
            _ => "original only",
        };

    private static string Points(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
