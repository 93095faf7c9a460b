namespace Icc.Domain.Answers.Reading;

/// <summary>Checks on raw CSV text that the parser does not make for us.</summary>
internal static class CsvText
{
    /// <summary>';' when the header row has more semicolons than commas (European spreadsheet exports), ',' otherwise.</summary>
    public static string DetectDelimiter(string text)
    {
        var header = FirstNonBlankLine(text);
        var semicolons = header.Count(c => c == ';');
        var commas = header.Count(c => c == ',');
        var tabs = header.Count(c => c == '\t');
        return tabs > semicolons && tabs > commas ? "\t" : semicolons > commas ? ";" : ",";
    }

    /// <summary>
    /// The line where a quoted field opens and never closes, or null. In RFC 4180 quotes inside a quoted
    /// field are doubled, so an odd number of quotes means one was left open.
    /// </summary>
    public static int? UnclosedQuoteLine(string text)
    {
        var inQuotes = false;
        var line = 1;
        var openedAt = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c == '"')
            {
                if (inQuotes && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                    openedAt = inQuotes ? line : openedAt;
                }
            }
        }

        return inQuotes ? openedAt : null;
    }

    private static string FirstNonBlankLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }
        }

        return string.Empty;
    }
}
