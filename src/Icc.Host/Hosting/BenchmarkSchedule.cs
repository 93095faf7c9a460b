using Icc.Application.Benchmarks;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Icc.Host.Hosting;

/// <summary>
/// The standalone host's stand-in for the Functions timer trigger: waits for each occurrence of
/// <c>Icc:Benchmarks:Schedule</c> (the same setting and CRON format) and starts a recomputation through
/// the same starter, so a run still going is left alone.
/// </summary>
internal sealed class BenchmarkSchedule(
    IOptions<BenchmarkOptions> options,
    RecomputeStarter starter,
    DurableTaskClient client,
    TimeProvider time,
    ILogger<BenchmarkSchedule> logger) : BackgroundService, IScheduledJob
{
    /// <inheritdoc />
    public string FunctionName => "RecomputeBenchmarksOnSchedule";

    /// <inheritdoc />
    public string ScheduleSetting => BenchmarkOptions.Section + ":" + nameof(BenchmarkOptions.Schedule);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (BenchmarkOptionsValidator.Next(options.Value.Schedule, now) is not DateTimeOffset next)
            {
                logger.LogWarning("The benchmark schedule {Schedule} never fires again", options.Value.Schedule);
                return;
            }

            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await starter.StartOrGetAsync(client, "schedule", stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed start must not end the schedule: the next occurrence tries again.
                logger.LogError(ex, "The scheduled benchmark recomputation could not start");
            }
        }
    }
}
