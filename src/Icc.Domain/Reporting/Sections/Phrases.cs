namespace Icc.Domain.Reporting.Sections;

/// <summary>Joins the questionnaire's short phrases into sentences about the city.</summary>
internal static class Phrases
{
    /// <summary>"{subject} a, b and c." for phrases that each complete "{subject} ...".</summary>
    public static string Sentence(string subject, IReadOnlyList<string> phrases)
    {
        var list = phrases.Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => $"{subject} {list[0]}.",
            _ => $"{subject} {string.Join("; ", list.Take(list.Count - 1))}; and {list[^1]}.",
        };
    }

    /// <summary>The first letter in upper case, for a phrase that starts a sentence or a label.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A whole number as printed, "-" for none.</summary>
    public static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    /// <summary>The first letter in lower case, for a name inside a sentence ("Public space" becomes "public space").</summary>
    public static string Lower(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
