using Icc.Application.Workflow;

namespace Icc.Application.Tests.Workflow;

public sealed class ReviewOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        var result = new ReviewOptionsValidator().Validate(null, new ReviewOptions());
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("00:00:00", "ReminderInterval")]
    [InlineData("-00:00:05", "ReminderInterval")]
    public void Validate_ReminderIntervalNotPositive_FailsNamingTheSetting(string interval, string setting)
    {
        // A zero interval would make the reminder loop spin until the deadline.
        var result = new ReviewOptionsValidator().Validate(null, new ReviewOptions { ReminderInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(result.Failed);
        Assert.Contains($"Icc:Review:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooManyRemindersPerWait_Fails()
    {
        var result = new ReviewOptionsValidator().Validate(
            null, new ReviewOptions { ReminderInterval = TimeSpan.FromSeconds(1), ReviewPeriod = TimeSpan.FromDays(1) });
        Assert.True(result.Failed);
        Assert.Contains("more than 1000 reminders", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Validate_MaxRoundsOutOfRange_Fails(int rounds)
    {
        var result = new ReviewOptionsValidator().Validate(null, new ReviewOptions { MaxRounds = rounds });
        Assert.Contains("Icc:Review:MaxRounds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroPeriods_FailEachNamed()
    {
        var result = new ReviewOptionsValidator().Validate(
            null, new ReviewOptions { ReviewPeriod = TimeSpan.Zero, CorrectionPeriod = TimeSpan.Zero });
        Assert.Contains("Icc:Review:ReviewPeriod", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Icc:Review:CorrectionPeriod", result.FailureMessage, StringComparison.Ordinal);
    }
}
