using Cronos;
using Microsoft.Extensions.Options;

namespace Icc.Application.Benchmarks;

/// <summary>Refuses to start with benchmark settings that cannot work, saying which setting and how to fix it.</summary>
public sealed class BenchmarkOptionsValidator : IValidateOptions<BenchmarkOptions>
{
    /// <summary>The schedule's next occurrence after <paramref name="from"/> (UTC), or null if it never fires.</summary>
    public static DateTimeOffset? Next(string schedule, DateTimeOffset from) =>
        CronExpression.Parse(schedule, CronFormat.IncludeSeconds).GetNextOccurrence(from, TimeZoneInfo.Utc);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BenchmarkOptions options)
    {
        var failures = new List<string>();
        try
        {
            CronExpression.Parse(options.Schedule, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException ex)
        {
            failures.Add(
                $"{BenchmarkOptions.Section}:Schedule '{options.Schedule}' is not a six-field CRON expression with seconds " +
                $"(for example \"0 0 2 * * *\" for 02:00 UTC every night): {ex.Message}");
        }

        if (options.MinimumGroupSize is < 1 or > 1000)
        {
            failures.Add($"{BenchmarkOptions.Section}:MinimumGroupSize is {options.MinimumGroupSize}; use a whole number from 1 to 1000 (default 5).");
        }

        if (options.PageSize is < 1 or > 1000)
        {
            failures.Add($"{BenchmarkOptions.Section}:PageSize is {options.PageSize}; Azure Tables return at most 1000 rows a page, so use 1 to 1000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
