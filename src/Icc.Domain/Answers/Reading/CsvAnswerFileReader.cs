using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Reading;

/// <summary>
/// Reads the CSV answer format (columns question, answer, evidence) into a <see cref="RawAnswerFile"/>;
/// never throws. Profile rows use ids such as <c>city.name</c>; the questionnaire row uses <c>questionnaire</c>.
/// </summary>
internal static class CsvAnswerFileReader
{
    private const string QuestionColumn = "question";
    private const string AnswerColumn = "answer";
    private const string EvidenceColumn = "evidence";
    private const string CityPrefix = "city.";
    private const string GroupRow = "city.group";

    public static RawAnswerFile Read(string text)
    {
        var issues = new List<ValidationIssue>();
        var unclosed = CsvText.UnclosedQuoteLine(text);
        if (unclosed is int line)
        {
            issues.Add(Issues.Error(IssueCodes.CsvSyntax, SourceLocation.Csv(line),
                $"A quoted field opened on line {line} is never closed. Close it with a double quote (\"), and write quotes inside a field as two double quotes (\"\")."));
            return new RawAnswerFile(null, [], [], [], issues);
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(text),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = bad => issues.Add(Issues.Error(IssueCodes.CsvSyntax, SourceLocation.Csv(bad.Context.Parser?.RawRow ?? 0),
                $"A quote stands inside an unquoted field on line {bad.Context.Parser?.RawRow}. Put the whole field in double quotes and double any quote inside it.")),
        };

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        ColumnMap? columns = null;
        RawField? questionnaire = null;
        var profile = new List<RawField>();
        var groups = new List<RawGroup>();
        var answers = new List<RawAnswer>();
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            var startLine = StartLine(parser);
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = ColumnMap.FromHeader(record, startLine, issues);
                if (columns is null)
                {
                    return new RawAnswerFile(null, [], [], [], issues);
                }

                continue;
            }

            var id = columns.Cell(record, columns.Question).Trim();
            var answer = columns.Cell(record, columns.Answer);
            var location = SourceLocation.Csv(startLine, columns.Question + 1);
            var answerLocation = SourceLocation.Csv(startLine, columns.Answer + 1);
            if (id.Equals("questionnaire", StringComparison.OrdinalIgnoreCase))
            {
                questionnaire = new RawField("questionnaire", RawValue.Of(answer.Trim()), answerLocation);
            }
            else if (id.Equals(GroupRow, StringComparison.OrdinalIgnoreCase))
            {
                groups.Add(Group(answer, answerLocation));
            }
            else if (id.StartsWith(CityPrefix, StringComparison.OrdinalIgnoreCase))
            {
                profile.Add(new RawField(ProfileName(id[CityPrefix.Length..]), RawValue.Of(answer), answerLocation));
            }
            else
            {
                var evidence = columns.Evidence is int e && e < record.Length ? RawValue.Of(record[e]) : RawValue.Missing;
                answers.Add(new RawAnswer(
                    id.Length == 0 ? null : id,
                    RawValue.Of(answer),
                    evidence,
                    location,
                    answerLocation,
                    SourceLocation.Csv(startLine, (columns.Evidence ?? 0) + 1)));
                if (id.Length == 0)
                {
                    issues.Add(Issues.Error(IssueCodes.UnknownQuestion, location,
                        $"Line {startLine} has an answer but no question id. Put the question id (such as COM-01) in the \"{QuestionColumn}\" column."));
                }
            }
        }

        if (columns is null)
        {
            issues.Add(Issues.Error(IssueCodes.CsvHeader, SourceLocation.Csv(1),
                $"The file has no header row. The first row must name the columns: {QuestionColumn},{AnswerColumn},{EvidenceColumn}."));
        }

        return new RawAnswerFile(questionnaire, profile, groups, answers, issues);
    }

    // CsvHelper reports the line a record ends on; a quoted field spanning lines moves the start up.
    private static int StartLine(CsvParser parser)
    {
        var raw = parser.RawRecord ?? string.Empty;
        var breaks = raw.TrimEnd('\r', '\n').Count(c => c == '\n');
        return Math.Max(1, parser.RawRow - breaks);
    }

    private static string ProfileName(string name) =>
        CityProfileFields.All.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;

    // "name|count|share", count and share optional.
    private static RawGroup Group(string text, SourceLocation location)
    {
        var parts = text.Split('|');
        RawValue Part(int i) => i < parts.Length && !string.IsNullOrWhiteSpace(parts[i]) ? RawValue.Of(parts[i].Trim()) : RawValue.Missing;
        return new RawGroup(Part(0), Part(1), Part(2), location);
    }

    private sealed record ColumnMap(int Question, int Answer, int? Evidence)
    {
        public static ColumnMap? FromHeader(string[] header, int line, List<ValidationIssue> issues)
        {
            var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var question = names.IndexOf(QuestionColumn);
            var answer = names.IndexOf(AnswerColumn);
            var evidence = names.IndexOf(EvidenceColumn);
            if (question < 0 || answer < 0)
            {
                issues.Add(Issues.Error(IssueCodes.CsvHeader, SourceLocation.Csv(line),
                    $"The header row must name the columns \"{QuestionColumn}\" and \"{AnswerColumn}\" (and optionally \"{EvidenceColumn}\"); it names: {string.Join(", ", header.Take(10).Select(h => $"\"{EchoText.Safe(h)}\""))}{(header.Length > 10 ? ", …" : string.Empty)}."));
                return null;
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (i != question && i != answer && i != evidence && names[i].Length > 0)
                {
                    issues.Add(Issues.Warning(IssueCodes.UnknownField, SourceLocation.Csv(line, i + 1),
                        $"Column \"{EchoText.Safe(header[i])}\" is not part of the answer format and is ignored."));
                }
            }

            return new ColumnMap(question, answer, evidence < 0 ? null : evidence);
        }

        public string Cell(string[] record, int index) => index < record.Length ? record[index] : string.Empty;
    }
}
