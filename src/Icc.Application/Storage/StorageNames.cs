using System.Text.RegularExpressions;
using Icc.Domain.Answers;

namespace Icc.Application.Storage;

/// <summary>
/// The only place that turns ids into table keys and blob names. Every id is checked against its
/// pattern first, so nothing a user typed reaches a key or a path unchecked (no "../", no "/", no "#").
/// </summary>
public static partial class StorageNames
{
    /// <summary>Container of raw uploads and their validation reports.</summary>
    public const string UploadsContainer = "uploads";

    /// <summary>Container of generated PDF reports.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>The container of benchmark snapshots (statistics and members per version).</summary>
    public const string BenchmarksContainer = "benchmarks";

    /// <summary>City ids: lower-case letters, digits and hyphens, 2 to 63 characters, not starting with a hyphen.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}\\z")]
    private static partial Regex CityIdPattern();

    /// <summary>Submission ids: "s-" and 32 lower-case hex digits.</summary>
    [GeneratedRegex("^s-[0-9a-f]{32}\\z")]
    private static partial Regex SubmissionIdPattern();

    /// <summary>True when the text is a valid city id.</summary>
    public static bool IsCityId(string? value) => value is not null && CityIdPattern().IsMatch(value);

    /// <summary>True when the text is a valid submission id.</summary>
    public static bool IsSubmissionId(string? value) => value is not null && SubmissionIdPattern().IsMatch(value);

    /// <summary>Throws when the city id is not valid; storage code calls this before building any name.</summary>
    public static string CheckCityId(string cityId) =>
        IsCityId(cityId) ? cityId : throw new ArgumentException($"'{cityId}' is not a valid city id.", nameof(cityId));

    /// <summary>Throws when the submission id is not valid.</summary>
    public static string CheckSubmissionId(string submissionId) =>
        IsSubmissionId(submissionId) ? submissionId : throw new ArgumentException($"'{submissionId}' is not a valid submission id.", nameof(submissionId));

    /// <summary>Blob name of a round's upload: <c>{cityId}/{submissionId}/answers.{ext}</c>, later rounds <c>answers-round-{n}.{ext}</c>.</summary>
    public static string UploadBlob(string cityId, string submissionId, int round, AnswerFileFormat format) =>
        $"{CheckCityId(cityId)}/{CheckSubmissionId(submissionId)}/answers{RoundSuffix(round)}.{format.Extension()}";

    /// <summary>Blob name of a round's validation report.</summary>
    public static string ValidationBlob(string cityId, string submissionId, int round) =>
        $"{CheckCityId(cityId)}/{CheckSubmissionId(submissionId)}/validation{RoundSuffix(round)}.json";

    /// <summary>A benchmark snapshot's blob: <c>{version}/{part}.json</c>.</summary>
    public static string BenchmarkBlob(string version, string part) =>
        Benchmarks.BenchmarkVersions.IsVersion(version) ? $"{version}/{part}.json" : throw new ArgumentException($"'{version}' is not a benchmark version.", nameof(version));

    /// <summary>Blob name of the PDF report: <c>{cityId}/{submissionId}.pdf</c> in the reports container.</summary>
    public static string ReportBlob(string cityId, string submissionId) =>
        $"{CheckCityId(cityId)}/{CheckSubmissionId(submissionId)}.pdf";

    private static string RoundSuffix(int round) => round switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(round), round, "Rounds start at 1."),
        1 => string.Empty,
        _ => $"-round-{round}",
    };
}
