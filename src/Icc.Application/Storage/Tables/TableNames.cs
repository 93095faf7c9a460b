namespace Icc.Application.Storage.Tables;

/// <summary>
/// The tables of the service. A prefix (letters and digits) lets tests and parallel environments share
/// one storage account without meeting.
/// </summary>
public sealed record TableNames(string Prefix = "")
{
    /// <summary>One entity per submission.</summary>
    public string Submissions => this.Prefix + "submissions";

    /// <summary>One entity per answer, partitioned by submission.</summary>
    public string Answers => this.Prefix + "answers";

    /// <summary>One entity per submission with every rate.</summary>
    public string Scorecards => this.Prefix + "scorecards";

    /// <summary>Append-only review log.</summary>
    public string ReviewLog => this.Prefix + "reviewlog";

    /// <summary>Benchmark snapshot headers and the current pointer.</summary>
    public string Benchmarks => this.Prefix + "benchmarks";

    /// <summary>Every table, for creation at start.</summary>
    /// <summary>Each city's latest published result, read by benchmark recomputations.</summary>
    public string Published => this.Prefix + "published";

    public IEnumerable<string> All => [this.Submissions, this.Answers, this.Scorecards, this.ReviewLog, this.Benchmarks, this.Published];
}
