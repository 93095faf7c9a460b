using Microsoft.Extensions.Options;

namespace Icc.Application.Workflow;

/// <summary>
/// Refuses to start with review timings that cannot work: a zero interval would make the reminder loop spin
/// until the deadline, and too many reminders per wait make an orchestration history that replays slowly.
/// </summary>
public sealed class ReviewOptionsValidator : IValidateOptions<ReviewOptions>
{
    /// <summary>The most reminders one review wait may send (period divided by interval).</summary>
    public const int MaxRemindersPerWait = 1000;

    /// <summary>The most files one submission may go through.</summary>
    public const int MaxRoundsLimit = 20;

    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        var failures = new List<string>();
        RequireAtLeastOneSecond(failures, nameof(ReviewOptions.ReminderInterval), options.ReminderInterval, "3.00:00:00 (three days)");
        RequireAtLeastOneSecond(failures, nameof(ReviewOptions.ReviewPeriod), options.ReviewPeriod, "30.00:00:00 (thirty days)");
        RequireAtLeastOneSecond(failures, nameof(ReviewOptions.CorrectionPeriod), options.CorrectionPeriod, "30.00:00:00 (thirty days)");
        if (options.ReminderInterval >= Shortest && options.ReviewPeriod / options.ReminderInterval > MaxRemindersPerWait)
        {
            failures.Add(
                $"{ReviewOptions.Section}:ReminderInterval {options.ReminderInterval} would send more than {MaxRemindersPerWait} reminders " +
                $"in a review period of {options.ReviewPeriod}; lengthen the interval or shorten the period.");
        }

        if (options.MaxRounds is < 1 or > MaxRoundsLimit)
        {
            failures.Add($"{ReviewOptions.Section}:MaxRounds is {options.MaxRounds}; use a whole number from 1 to {MaxRoundsLimit} (default 5).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireAtLeastOneSecond(List<string> failures, string setting, TimeSpan value, string example)
    {
        if (value < Shortest)
        {
            failures.Add($"{ReviewOptions.Section}:{setting} is {value}; use a period of at least one second, for example {example}.");
        }
    }
}
