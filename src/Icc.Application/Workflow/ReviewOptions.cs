namespace Icc.Application.Workflow;

/// <summary>
/// Review and correction periods, bound from the configuration section <c>Icc:Review</c>
/// (e.g. <c>Icc__Review__ReminderInterval=3.00:00:00</c>). Copied into each orchestration's input at start.
/// </summary>
public sealed class ReviewOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Icc:Review";

    /// <summary>How often reviewers are reminded of a pending review (default 3 days).</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a review may stay pending before the submission expires (default 30 days).</summary>
    public TimeSpan ReviewPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a city has to send a corrected file (default 30 days).</summary>
    public TimeSpan CorrectionPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many files one submission may go through, the first included (default 5).</summary>
    public int MaxRounds { get; set; } = 5;

    /// <summary>The timings as they travel in the orchestration input.</summary>
    public ReviewTimings ToTimings() => new(this.ReminderInterval, this.ReviewPeriod, this.CorrectionPeriod, this.MaxRounds);
}
