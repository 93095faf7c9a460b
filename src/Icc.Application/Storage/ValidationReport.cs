using Icc.Domain.Validation;

namespace Icc.Application.Storage;

/// <summary>The validation result of one round, stored as JSON next to the upload.</summary>
/// <param name="Round">The round validated.</param>
/// <param name="Valid">True when there was no error.</param>
/// <param name="Errors">Every error.</param>
/// <param name="Warnings">Every warning.</param>
public sealed record ValidationReport(int Round, bool Valid, IReadOnlyList<ValidationIssue> Errors, IReadOnlyList<ValidationIssue> Warnings);
