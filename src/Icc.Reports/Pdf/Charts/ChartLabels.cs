using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// Category and legend labels fit for a chart: cleaned like all report text, cut to a length that leaves
/// the bars room, and wrapped under vertical bars, so hostile or very long names never squeeze the plot.
/// </summary>
internal static class ChartLabels
{
    private const int LabelLength = 48;
    private const int WrapWidth = 16;

    /// <summary>A label cleaned and shortened; vertical charts wrap it to stay under its own bars.</summary>
    public static string Label(string text, bool horizontal)
    {
        var clean = TextCleaner.Clean(text).Trim();
        if (clean.Length > LabelLength)
        {
            // Keep one character less for the ellipsis, and never half of a surrogate pair.
            var keep = char.IsHighSurrogate(clean[LabelLength - 2]) ? LabelLength - 2 : LabelLength - 1;
            clean = string.Concat(clean.AsSpan(0, keep), "\u2026");
        }

        return horizontal ? clean : Wrap(clean, WrapWidth);
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }
}
