using System.Text.Json;
using Icc.Domain.Json;
using Icc.Domain.Scoring;

namespace Icc.Cli.Output;

/// <summary>Prints a scorecard as a table or as JSON.</summary>
internal static class ScorecardWriter
{
    public static void Write(Scorecard card, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(card, IccJson.Indented));
            return;
        }

        output.WriteLine($"{card.City} ({card.QuestionnaireId})");
        output.WriteLine();
        output.WriteLine($"{"Area",-46} {"Rate",5} {"Extended",9}");
        foreach (var area in card.Areas)
        {
            var marker = area.DiffersInExtended ? "*" : " ";
            output.WriteLine($"{area.Name,-46} {Show(area.Rate),5} {Show(area.ExtendedRate),8}{marker}");
        }

        output.WriteLine();
        output.WriteLine($"{"Intercultural lens",-46} {Show(card.Lens),5} {Show(card.ExtendedLens),8}");
        output.WriteLine($"{"Intercultural Cities Index",-46} {Show(card.Index),5} {Show(card.ExtendedIndex),8}");
        output.WriteLine();
        output.WriteLine("* the extended index scores this area over different questions (a footnote in the report).");
        output.WriteLine("Rates are truncated to whole numbers; see docs/scoring.md.");
    }

    private static string Show(int? rate) => rate?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
