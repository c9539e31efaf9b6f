using Flowwatch.Model;

namespace Flowwatch.Analysis.Series;

/// <summary>One value of a series at one period, as published or summed from finer periods.</summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The figure.</param>
/// <param name="Flag">The published flag, or <see cref="ObservationFlag.Derived"/> for a sum.</param>
/// <param name="Basis">The published figures it rests on: itself, or the parts summed.</param>
/// <param name="Disagreements">Published parts that do not add up to this published figure.</param>
public sealed record SeriesPoint(SeriesKey Key, Period Period, decimal Value, ObservationFlag Flag, IReadOnlyList<Observation> Basis, IReadOnlyList<Disagreement> Disagreements)
{
    /// <summary>Whether Flowwatch computed the value rather than a publisher stating it.</summary>
    public bool IsDerived => Flag == ObservationFlag.Derived;

    /// <summary>Whether some of the published figures around it contradict it.</summary>
    public bool IsDisputed => Disagreements.Any(d => !d.WithinApproximation);
}
