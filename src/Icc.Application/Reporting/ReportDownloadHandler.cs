using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Reporting;

/// <summary>GET submissions/{submissionId}/report: the PDF report, once the submission is published.</summary>
public sealed class ReportDownloadHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ISubmissionBlobs blobs, ILogger<ReportDownloadHandler> logger)
{
    /// <summary>Handles the request: 200 with the PDF as an attachment, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string submissionId, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "DownloadReport", () => this.DownloadAsync(request, submissionId, cancellationToken), cancellationToken, submissionId: submissionId);

    private async Task<IResult> DownloadAsync(HttpRequest request, string submissionId, CancellationToken cancellationToken)
    {
        var (record, problem) = await SubmissionLookup.AuthenticateAndFindAsync(authenticator, submissions, request, submissionId, cancellationToken);
        if (record is null)
        {
            return problem!;
        }

        if (record.Status != SubmissionStatus.Published)
        {
            return Problems.NotFound($"The report is not available: the submission is {record.Status}. It can be downloaded once published.");
        }

        var pdf = await blobs.ReadReportAsync(record.CityId, record.SubmissionId, cancellationToken);
        if (pdf is null)
        {
            logger.LogError("Submission {SubmissionId} is published but its report blob is missing", record.SubmissionId);
            return Problems.NotFound("The report of this published submission is missing. The secretariat has been told in the logs; try again later.");
        }

        return Results.File(pdf, "application/pdf", $"icc-report-{record.CityId}-{record.SubmissionId}.pdf");
    }
}
