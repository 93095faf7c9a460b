namespace Icc.Domain.Validation;

/// <summary>The documented size limits of answer files (docs/answer-files.md).</summary>
public static class AnswerFileLimits
{
    /// <summary>Largest accepted file: 2 MiB.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Most answer entries (JSON entries or CSV rows).</summary>
    public const int MaxAnswers = 500;

    /// <summary>Deepest JSON nesting.</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>Longest evidence of one answer, in characters.</summary>
    public const int MaxEvidenceChars = 20_000;

    /// <summary>Longest text answer.</summary>
    public const int MaxTextAnswerChars = 4_000;

    /// <summary>Most issues listed for one file; the rest are counted in one last issue.</summary>
    public const int MaxIssues = 1_000;
}
