namespace Icc.Cli;

/// <summary>The exit codes of the icc tool.</summary>
public static class ExitCodes
{
    /// <summary>Done; for validate and score: the file has no error.</summary>
    public const int Success = 0;

    /// <summary>The answer file has errors.</summary>
    public const int InvalidFile = 1;

    /// <summary>The command line was wrong, or the file could not be read.</summary>
    public const int Usage = 2;
}
