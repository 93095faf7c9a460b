namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// A sample mean the generator must hit: the figure's mean over its group (the reference city included)
/// must lie in [Low, High]. Windows sit just above the published whole number so that the mean prints as
/// published however the report rounds, and so that the lens (a mean of six areas) does too.
/// </summary>
/// <param name="Figure">Figure id.</param>
/// <param name="NewIndicatorGroup">True to average over the new-indicator sample instead of the whole sample.</param>
/// <param name="Low">Lowest acceptable mean.</param>
/// <param name="High">Highest acceptable mean.</param>
/// <param name="Areas">The areas whose answers move the figure.</param>
/// <param name="Extended">True when the figure counts extended-index questions.</param>
internal sealed record SampleTarget(string Figure, bool NewIndicatorGroup, decimal Low, decimal High, IReadOnlyList<string> Areas, bool Extended)
{
    /// <summary>How far the mean is outside the window (0 inside).</summary>
    public decimal Miss(decimal mean) => mean < this.Low ? this.Low - mean : mean > this.High ? mean - this.High : 0;

    /// <summary>The targets of the published sample.</summary>
    public static IReadOnlyList<SampleTarget> Published(IReadOnlyList<string> lensAreas)
    {
        // Lens areas need a tighter window: their six means must average to at least 63 after truncation.
        SampleTarget Original(string area, int rate) => lensAreas.Contains(area)
            ? new(Figures.Rate(area), false, rate + 0.4m, rate + 0.85m, [area], false)
            : new(Figures.Rate(area), false, rate + 0.15m, rate + 0.9m, [area], false);
        return
        [
            .. PublishedSample.Rates.Select(r => Original(r.Key, r.Value)),
            .. PublishedSample.ExtendedRates.Select(r => new SampleTarget(Figures.Extended(r.Key), true, r.Value + 0.15m, r.Value + 0.9m, [r.Key], true)),
            new(Figures.Lens, false, PublishedSample.Lens + 0.1m, PublishedSample.Lens + 0.9m, lensAreas, false),
        ];
    }
}
