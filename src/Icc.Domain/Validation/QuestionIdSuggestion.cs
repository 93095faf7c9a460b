using System.Text.RegularExpressions;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Validation;

/// <summary>Suggests the question id a city probably meant ("COM-1", "com01", "COM-O1" → COM-01).</summary>
internal static partial class QuestionIdSuggestion
{
    [GeneratedRegex("^([A-Za-z]{3})[-_ ]?([0-9]{1,2})$")]
    private static partial Regex Loose();

    public static string For(Questionnaire questionnaire, string written)
    {
        var loose = Loose().Match(written.Trim());
        if (loose.Success)
        {
            var canonical = $"{loose.Groups[1].Value.ToUpperInvariant()}-{int.Parse(loose.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture):D2}";
            if (questionnaire.FindQuestion(canonical) is not null)
            {
                return $" Did you mean {canonical}?";
            }
        }

        var closest = questionnaire.Questions
            .Select(q => (q.Id, Distance: Distance(q.Id, written.Trim().ToUpperInvariant())))
            .MinBy(x => x.Distance);
        return closest.Distance <= 2 ? $" Did you mean {closest.Id}?" : string.Empty;
    }

    // Levenshtein distance, capped by the short length of ids.
    private static int Distance(string a, string b)
    {
        if (b.Length > 20)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
