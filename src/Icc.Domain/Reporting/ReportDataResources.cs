namespace Icc.Domain.Reporting;

/// <summary>Reads the report data files embedded in this assembly (the only I/O the domain allows itself).</summary>
internal static class ReportDataResources
{
    /// <summary>The logical name prefix the project file gives every JSON file under Reporting/.</summary>
    public const string Prefix = "Icc.Domain.Reporting.";

    /// <summary>The text of one embedded file, by its file name (e.g. <c>good-practices.json</c>).</summary>
    public static string Read(string fileName)
    {
        var assembly = typeof(ReportDataResources).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded report data {Prefix + fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
