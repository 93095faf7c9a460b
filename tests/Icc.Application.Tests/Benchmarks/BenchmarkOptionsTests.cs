using Icc.Application.Benchmarks;

namespace Icc.Application.Tests.Benchmarks;

public sealed class BenchmarkOptionsTests
{
    [Theory]
    [InlineData("0 0 2 * * *")]
    [InlineData("0 */30 * * * *")]
    public void Validate_SixFieldCron_IsAccepted(string schedule)
    {
        // The Functions timer format (with seconds) is what both hosts read.
        var result = new BenchmarkOptionsValidator().Validate(null, new BenchmarkOptions { Schedule = schedule });
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("nightly")]
    [InlineData("")]
    public void Validate_BadCron_FailsNamingTheSettingAndAnExample(string schedule)
    {
        // A five-field or made-up schedule stops the app at start with the setting's name and a working example.
        var result = new BenchmarkOptionsValidator().Validate(null, new BenchmarkOptions { Schedule = schedule });
        Assert.True(result.Failed);
        Assert.Contains("Icc:Benchmarks:Schedule", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("0 0 2 * * *", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PageSizeAboveTheTableLimit_Fails()
    {
        // Azure Tables return at most 1000 rows a page.
        var result = new BenchmarkOptionsValidator().Validate(null, new BenchmarkOptions { PageSize = 5000 });
        Assert.Contains("PageSize", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_NightlyDefault_IsTwoOClockUtc()
    {
        // The default fires at 02:00 UTC the next night.
        var next = BenchmarkOptionsValidator.Next(new BenchmarkOptions().Schedule, new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), next);
    }
}
