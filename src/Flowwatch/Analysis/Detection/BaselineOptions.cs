using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// What makes a baseline mean something, written once for the detectors (docs/detectors.md#baselines): no figure of a
/// period wholly inside a closure (data/breaks.csv), none across a break or a sanctions deadline (the latest figure
/// beyond it is kept as the pre-break level), a reference above the figures' rounding, and a single earlier figure
/// only when it is a count of some size.
/// </summary>
public sealed record BaselineOptions
{
    /// <summary>The defaults.</summary>
    public static BaselineOptions Default { get; } = new();

    /// <summary>
    /// The baseline's level (the median of its figures) must be at least this many rounding units of those figures (3): a figure shown as a whole number of
    /// thousands carries half a thousand either way, a difference of two year-to-date columns twice that, so a
    /// reference of 0, 1 or 2 such units is no baseline (Rosstat's "4 - 4 = 0").
    /// </summary>
    public decimal MinReferenceRoundingUnits { get; init; } = 3;

    /// <summary>
    /// How many comparable earlier figures a baseline needs (2), unless the one it has is a count of at least
    /// <see cref="MinSingleCount"/> units: one small figure is too thin to call anything a surge.
    /// </summary>
    public int MinFigures { get; init; } = 2;

    /// <summary>The size a single earlier figure must have, in units (persons, trips), to serve as a baseline alone (20, the smallest excess that counts).</summary>
    public decimal MinSingleCount { get; init; } = 20;

    /// <summary>The rounding unit of a published figure: one unit of its last decimal shown, twice that for a difference of two published figures.</summary>
    /// <param name="o">The figure.</param>
    public static decimal RoundingUnit(Observation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        decimal unit = 1m;
        for (int scale = o.Value.Scale; scale > 0; scale--)
        {
            unit /= 10;
        }

        return o.Flag == ObservationFlag.Derived ? unit * 2 : unit;
    }
}
