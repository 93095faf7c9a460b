using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Icc.Application.Workflow;

namespace Icc.Application.Tests.Telemetry;

/// <summary>One measurement of an Icc.Workflow instrument, with its tags.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Listens to the Icc.Workflow activity source and meter for as long as it lives, recording finished
/// spans and every measurement. The listeners are process-wide: tests using it run in <see cref="TelemetryCollection"/>.
/// </summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();
    private readonly ActivityListener activityListener;
    private readonly MeterListener meterListener;

    public TelemetryRecorder()
    {
        this.activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = this.spans.Enqueue,
        };
        ActivitySource.AddActivityListener(this.activityListener);

        this.meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == WorkflowMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        this.meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => this.Record(instrument, value, tags));
        this.meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => this.Record(instrument, value, tags));
        this.meterListener.Start();
    }

    public IReadOnlyList<Activity> Spans => [.. this.spans];

    public IReadOnlyList<Measurement> Measurements => [.. this.measurements];

    /// <summary>The spans whose submission tag is <paramref name="submissionId"/>.</summary>
    public IReadOnlyList<Activity> SpansOf(string submissionId) =>
        [.. this.Spans.Where(s => (string?)s.GetTagItem(WorkflowTracing.SubmissionIdTag) == submissionId)];

    /// <summary>The measurements of one instrument.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => [.. this.Measurements.Where(m => m.Instrument == instrument)];

    public void Dispose()
    {
        this.activityListener.Dispose();
        this.meterListener.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        this.measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
}
