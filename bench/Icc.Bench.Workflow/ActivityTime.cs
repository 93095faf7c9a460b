using System.Diagnostics.Metrics;
using Icc.Application.Workflow;

namespace Icc.Bench.Workflow;

/// <summary>
/// Sums the time spent inside our activities, from the workflow meter's <c>icc.activity.duration</c> only: the
/// report's render duration is already inside the GenerateReport activity, and the review wait is no activity time.
/// </summary>
internal sealed class ActivityTime : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Lock gate = new();
    private double seconds;

    public ActivityTime()
    {
        this.listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkflowMetrics.MeterName && instrument.Name == WorkflowMetrics.ActivityDuration.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        this.listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (this.gate)
            {
                this.seconds += value;
            }
        });
        this.listener.Start();
    }

    /// <summary>Seconds recorded since this listener started.</summary>
    public double Seconds
    {
        get
        {
            lock (this.gate)
            {
                return this.seconds;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => this.listener.Dispose();
}
