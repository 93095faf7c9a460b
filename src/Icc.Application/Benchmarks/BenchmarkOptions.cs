using Icc.Domain.Benchmarking;

namespace Icc.Application.Benchmarks;

/// <summary>Benchmark settings (section <c>Icc:Benchmarks</c>), the same names in both hosts.</summary>
public sealed class BenchmarkOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Icc:Benchmarks";

    /// <summary>
    /// When the benchmark is recomputed: a six-field CRON expression with seconds (the Functions timer
    /// format), in UTC. Default: every night at 02:00.
    /// </summary>
    public string Schedule { get; set; } = "0 0 2 * * *";

    /// <summary>Groups with fewer cities are reported as too small to compare.</summary>
    public int MinimumGroupSize { get; set; } = BenchmarkCalculator.DefaultMinimumGroupSize;

    /// <summary>Published results read per storage request during a recomputation.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>On first start against empty storage, load the embedded default sample.</summary>
    public bool SeedDefaultSample { get; set; } = true;
}
