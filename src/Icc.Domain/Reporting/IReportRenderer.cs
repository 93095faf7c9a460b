namespace Icc.Domain.Reporting;

/// <summary>
/// The renderer boundary: turns report content into a document. The PDF engine behind it can be
/// swapped without touching the workflow or the content.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The media type of what <see cref="Render"/> returns, e.g. application/pdf.</summary>
    string MediaType { get; }

    /// <summary>Draws the report. The same content always gives the same bytes.</summary>
    byte[] Render(ReportContent content);
}
