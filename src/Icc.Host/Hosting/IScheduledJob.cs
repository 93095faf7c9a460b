namespace Icc.Host.Hosting;

/// <summary>
/// A job the standalone host runs on a CRON schedule read from a setting: its stand-in for a Functions timer
/// trigger. The name and setting are those of the timer function it replaces, so the two hosts can be compared.
/// </summary>
internal interface IScheduledJob
{
    /// <summary>The name of the Functions timer function this job stands in for.</summary>
    string FunctionName { get; }

    /// <summary>The configuration key holding the CRON schedule (the timer trigger's <c>%setting%</c>).</summary>
    string ScheduleSetting { get; }
}
