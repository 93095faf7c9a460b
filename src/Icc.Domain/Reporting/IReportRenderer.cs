using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting;

/// <summary>
/// The renderer boundary: turns a report document into a file. The PDF engine behind it can be
/// swapped without touching the workflow, the content or the composer.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The media type of what <see cref="Render"/> returns, e.g. application/pdf.</summary>
    string MediaType { get; }

    /// <summary>Draws the document. The same document always gives the same bytes.</summary>
    byte[] Render(ReportDocument document);
}
