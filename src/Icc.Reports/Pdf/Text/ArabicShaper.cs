using System.Text;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Joins Arabic letters by replacing each with its contextual presentation form (isolated, final, initial,
/// medial; U+FE80-U+FEFC, which DejaVu Sans carries) and lam-alef with its ligature. PDFsharp draws
/// characters without shaping, so without this every letter would stand alone.
/// </summary>
internal static class ArabicShaper
{
    private const char Lam = '\u0644';
    private const char Tatweel = '\u0640';

    /// <summary>Base letters in the order of their forms in U+FE80-U+FEF4, with how many forms each has.</summary>
    private static readonly (char Letter, int Forms)[] Letters =
    [
        ('\u0621', 1), ('\u0622', 2), ('\u0623', 2), ('\u0624', 2), ('\u0625', 2), ('\u0626', 4), ('\u0627', 2), ('\u0628', 4),
        ('\u0629', 2), ('\u062A', 4), ('\u062B', 4), ('\u062C', 4), ('\u062D', 4), ('\u062E', 4), ('\u062F', 2), ('\u0630', 2),
        ('\u0631', 2), ('\u0632', 2), ('\u0633', 4), ('\u0634', 4), ('\u0635', 4), ('\u0636', 4), ('\u0637', 4), ('\u0638', 4),
        ('\u0639', 4), ('\u063A', 4), ('\u0641', 4), ('\u0642', 4), ('\u0643', 4), ('\u0644', 4), ('\u0645', 4), ('\u0646', 4),
        ('\u0647', 4), ('\u0648', 2), ('\u0649', 2), ('\u064A', 4),
    ];

    /// <summary>Lam followed by these alefs becomes one ligature (isolated form; the final form follows it).</summary>
    private static readonly Dictionary<char, char> LamAlef = new()
    {
        ['\u0622'] = '\uFEF5', ['\u0623'] = '\uFEF7', ['\u0625'] = '\uFEF9', ['\u0627'] = '\uFEFB',
    };

    private static readonly Dictionary<char, (char First, int Forms)> Table = Build();

    /// <summary>The text with Arabic letters in their joined forms; other text is returned as it is.</summary>
    public static string Shape(string text)
    {
        if (!text.Any(c => Table.ContainsKey(c)))
        {
            return text;
        }

        var shaped = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var letter = text[index];
            if (!Table.TryGetValue(letter, out var entry))
            {
                shaped.Append(letter);
                continue;
            }

            var joinsBefore = Neighbour(text, index, -1) is { } previous && JoinsForward(text[previous]);
            var after = Neighbour(text, index, +1);
            if (letter == Lam && after is { } alef && LamAlef.TryGetValue(text[alef], out var ligature))
            {
                shaped.Append((char)(ligature + (joinsBefore ? 1 : 0)));
                index = alef;
                continue;
            }

            var joinsAfter = entry.Forms == 4 && after is { } next && Joins(text[next]);
            shaped.Append((char)(entry.First + Form(entry.Forms, joinsBefore, joinsAfter)));
        }

        return shaped.ToString();
    }

    private static int Form(int forms, bool joinsBefore, bool joinsAfter) => (forms, joinsBefore, joinsAfter) switch
    {
        (1, _, _) => 0,
        (2, true, _) => 1,
        (2, false, _) => 0,
        (_, true, true) => 3,
        (_, false, true) => 2,
        (_, true, false) => 1,
        _ => 0,
    };

    /// <summary>Whether a letter connects to the letter after it (dual-joining letters and tatweel).</summary>
    private static bool JoinsForward(char letter) => letter == Tatweel || (Table.TryGetValue(letter, out var entry) && entry.Forms == 4);

    /// <summary>Whether a letter connects to the letter before it.</summary>
    private static bool Joins(char letter) => letter == Tatweel || (Table.TryGetValue(letter, out var entry) && entry.Forms > 1);

    /// <summary>The nearest letter before or after <paramref name="index"/>, skipping vowel marks, or null.</summary>
    private static int? Neighbour(string text, int index, int step)
    {
        for (var at = index + step; at >= 0 && at < text.Length; at += step)
        {
            if (!IsMark(text[at]))
            {
                return Table.ContainsKey(text[at]) || text[at] == Tatweel ? at : null;
            }
        }

        return null;
    }

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    private static Dictionary<char, (char, int)> Build()
    {
        var table = new Dictionary<char, (char, int)>();
        var next = '\uFE80';
        foreach (var (letter, forms) in Letters)
        {
            table.Add(letter, (next, forms));
            next = (char)(next + forms);
        }

        return table;
    }
}
