using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Docs;

public sealed partial class AnswerFileDocsTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFiles.PathOf("docs/answer-files.md"));

    [GeneratedRegex(@"^\| `(?<code>[a-z-]+)` \| (?<severity>error|warning|error or warning) \| .+ \|$")]
    private static partial Regex IssueRow();

    [GeneratedRegex(@"^\| `(?<field>[A-Za-z\[\].]+)` \| (?<required>yes|no)[^|]* \| (?<accepts>[^|]+) \|$")]
    private static partial Regex ProfileRow();

    [Fact]
    public void IssueCodeTable_ComparedWithIssueCodes_ListsEveryCodeOnce()
    {
        // docs/answer-files.md explains every code clients may receive, and no code that does not exist.
        var codes = typeof(IssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        var documented = Lines.Select(l => IssueRow().Match(l)).Where(m => m.Success).Select(m => m.Groups["code"].Value).ToList();
        Assert.Equal(documented.Count, documented.Distinct().Count());
        Assert.Equal(codes, documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ProfileTable_ComparedWithTheDefinition_GivesEveryFieldItsRequiredFlagAndLimits()
    {
        // The profile table says what the current definition's profile part says.
        var profile = QuestionnaireCatalog.Default.Current.Profile;
        var expected = profile.Fields.Select(f => Row(f.Id, f))
            .Concat(profile.MainGroupFields.Select(f => Row($"mainGroups[].{f.Id}", f)))
            .Order(StringComparer.Ordinal);
        var documented = Lines.Select(l => ProfileRow().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["field"].Value} {m.Groups["required"].Value} {m.Groups["accepts"].Value.Trim()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, documented);
    }

    private static string Row(string id, ProfileField field)
    {
        string Number(decimal? value) => value!.Value.ToString(CultureInfo.InvariantCulture);
        var accepts = field.Type switch
        {
            ProfileFieldType.Text => $"text, {(field.Required ? "1 to" : "up to")} {field.MaxLength} characters",
            ProfileFieldType.Percentage => $"percentage, {Number(field.Min)} to {Number(field.Max)}",
            _ => $"{(field.WholeNumber ? "whole number" : "number")}, {Number(field.Min)} to {Number(field.Max)}",
        };
        return $"{id} {(field.Required ? "yes" : "no")} {accepts}";
    }
}
