// Renders a full-size report document and prints how long it takes, against drawing the same text with
// plain PDFsharp calls (one DrawString per paragraph line, no layout), to show the layout's overhead.
// Usage: dotnet run -c Release --project bench/Icc.Bench.Report -- [warm runs=10] [--out file.pdf]
using System.Diagnostics;
using System.Globalization;
using Icc.Bench.Report;
using Icc.Reports.Pdf;

var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10;
var outIndex = Array.IndexOf(args, "--out");
var document = SampleDocument.Build();
var renderer = new PdfReportRenderer();

var cold = Stopwatch.StartNew();
var bytes = renderer.Render(document);
cold.Stop();
if (outIndex >= 0 && outIndex + 1 < args.Length)
{
    File.WriteAllBytes(args[outIndex + 1], bytes);
}

var warm = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    bytes = renderer.Render(document);
}

warm.Stop();
var textOnly = SampleDocument.WithoutCharts(document);
renderer.Render(textOnly);
var noCharts = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    renderer.Render(textOnly);
}

noCharts.Stop();
var plainCold = Stopwatch.StartNew();
var plainBytes = PlainPdf.Render(document);
plainCold.Stop();
var plain = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    plainBytes = PlainPdf.Render(document);
}

plain.Stop();
var huge = SampleDocument.HugeParagraph(200_000);
var hugeTime = Stopwatch.StartNew();
var hugeBytes = renderer.Render(huge);
hugeTime.Stop();
var pages = PlainPdf.Pages(bytes);
var warmMs = warm.Elapsed.TotalMilliseconds / runs;
var plainMs = plain.Elapsed.TotalMilliseconds / runs;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {pages} pages, {bytes.Length / 1024.0:0} KiB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render cold (first in process): {cold.Elapsed.TotalMilliseconds:0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render warm (mean of {runs}): {warmMs:0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render warm without the {Charts(document)} charts: {noCharts.Elapsed.TotalMilliseconds / runs:0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plain PDFsharp text, no layout, no charts: {PlainPdf.Pages(plainBytes)} pages, cold {plainCold.Elapsed.TotalMilliseconds:0} ms, warm {plainMs:0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one 200 000-character paragraph: {PlainPdf.Pages(hugeBytes)} pages in {hugeTime.Elapsed.TotalMilliseconds:0} ms"));
var textMs = noCharts.Elapsed.TotalMilliseconds / runs;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout overhead, warm render without charts / plain: {textMs / plainMs:0.0}x"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole report, warm render / plain: {warmMs / plainMs:0.0}x (charts are {100 * (warmMs - textMs) / warmMs:0} % of the render)"));

static int Charts(Icc.Domain.Reporting.Document.ReportDocument document)
{
    static int Count(Icc.Domain.Reporting.Document.ReportSection section) =>
        section.Blocks.Count(b => b is Icc.Domain.Reporting.Document.BarChart) + section.Subsections.Sum(Count);
    return document.Sections.Sum(Count);
}
