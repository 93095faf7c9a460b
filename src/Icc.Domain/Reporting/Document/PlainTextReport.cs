using System.Globalization;
using System.Text;

namespace Icc.Domain.Reporting.Document;

/// <summary>
/// The document as plain text (headings numbered, footnotes after their paragraph, charts as their
/// figures): for reading a report in a terminal, diffing two versions, and tests of the wording.
/// </summary>
public static class PlainTextReport
{
    /// <summary>The text of the whole document.</summary>
    public static string Render(ReportDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine(document.Cover.Title).AppendLine(document.Cover.Subtitle);
        foreach (var line in document.Cover.Lines)
        {
            text.AppendLine(line);
        }

        var footnote = 0;
        void Section(ReportSection section, string number)
        {
            text.AppendLine().AppendLine($"{number} {section.Title}");
            foreach (var block in section.Blocks)
            {
                Block(block);
            }

            for (var i = 0; i < section.Subsections.Count; i++)
            {
                Section(section.Subsections[i], $"{number}{(i + 1).ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        void Block(ReportBlock block)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.AppendLine(Inline(paragraph));
                    break;
                case Subheading subheading:
                    text.AppendLine($"-- {subheading.Text}");
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        text.AppendLine("  * " + Inline(item));
                    }

                    break;
                case Table table:
                    text.AppendLine(table.Caption ?? string.Empty);
                    text.AppendLine(string.Join(" | ", table.Columns.Select(c => c.Header)));
                    foreach (var row in table.Rows)
                    {
                        text.AppendLine(string.Join(" | ", row));
                    }

                    break;
                case BarChart chart:
                    text.AppendLine($"[chart {chart.Id}: {chart.Title}]");
                    foreach (var series in chart.Series)
                    {
                        text.AppendLine($"  {series.Name}: {string.Join(", ", series.Values.Select(v => v?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"))}");
                    }

                    break;
            }
        }

        string Inline(Paragraph paragraph)
        {
            var line = new StringBuilder();
            var notes = new List<string>();
            foreach (var inline in paragraph.Content)
            {
                if (inline is TextRun run)
                {
                    line.Append(run.Text);
                }
                else if (inline is FootnoteRef note)
                {
                    footnote++;
                    line.Append(CultureInfo.InvariantCulture, $"[{footnote}]");
                    notes.Add($"    [{footnote.ToString(CultureInfo.InvariantCulture)}] {note.Text}");
                }
            }

            return notes.Count == 0 ? line.ToString() : line + Environment.NewLine + string.Join(Environment.NewLine, notes);
        }

        for (var i = 0; i < document.Sections.Count; i++)
        {
            Section(document.Sections[i], $"{(i + 1).ToString(CultureInfo.InvariantCulture)}.");
        }

        return text.ToString();
    }
}
