using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Questionnaires;
using Icc.Domain.Validation;

namespace Icc.Application.Validation;

/// <summary>
/// Validates the round's upload exactly as received, stores the validation report next to it, and
/// stores the answers when the file is valid.
/// </summary>
public sealed class ValidateSubmissionActivity(
    ISubmissionStore submissions,
    ISubmissionBlobs blobs,
    IAnswerStore answers,
    QuestionnaireCatalog catalog,
    TimeProvider time) : IWorkflowActivity<RoundRef, ValidationSummary>
{
    /// <inheritdoc />
    public async Task<ValidationSummary> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        await submissions.MoveToAsync(
            input.SubmissionId,
            SubmissionStatus.Validating,
            StatusMove.InRound(input.Round, SubmissionStatus.Received, SubmissionStatus.Validating),
            time.GetUtcNow(),
            cancellationToken);
        var content = await blobs.ReadUploadAsync(input.CityId, input.SubmissionId, input.Round, input.Format, cancellationToken)
            ?? throw new InvalidOperationException($"The upload of submission {input.SubmissionId}, round {input.Round}, is missing.");

        var outcome = AnswerFileValidator.Validate(content, input.Format, catalog);
        var errors = outcome.Errors.ToList();
        var warnings = outcome.Warnings.ToList();
        await blobs.SaveValidationReportAsync(
            input.CityId, input.SubmissionId, input.Round, new ValidationReport(input.Round, outcome.IsValid, errors, warnings), cancellationToken);

        if (outcome.Sheet is not null)
        {
            await answers.SaveAsync(input.SubmissionId, input.Round, outcome.Sheet, cancellationToken);
        }

        await submissions.ApplyAsync(
            input.SubmissionId,
            r => r with
            {
                ErrorCount = errors.Count,
                WarningCount = warnings.Count,
                QuestionnaireId = outcome.Sheet?.QuestionnaireId ?? r.QuestionnaireId,
                CityName = outcome.Sheet?.City.Name ?? r.CityName,
            },
            cancellationToken);
        return new ValidationSummary(outcome.IsValid, errors.Count, warnings.Count, outcome.Sheet?.QuestionnaireId);
    }
}
