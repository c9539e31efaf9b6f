using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Series;

/// <summary>
/// A published figure and the sum of its published parts, when they differ: 2023 was published as
/// 1,117 entries while its four quarters sum to 1,113. Both stay; neither is preferred.
/// </summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period of the whole.</param>
/// <param name="Published">The whole: published, or derived by Flowwatch (then described as derived, never as published).</param>
/// <param name="PartsSum">The sum of the parts.</param>
/// <param name="Parts">The published parts.</param>
public sealed record Disagreement(SeriesKey Key, Period Period, Observation Published, decimal PartsSum, IReadOnlyList<Observation> Parts)
{
    /// <summary>Whether an approximate or lower-bound figure on either side can explain the gap.</summary>
    public bool WithinApproximation =>
        Published.Flag is ObservationFlag.Approximate or ObservationFlag.LowerBound
        || Parts.Any(p => p.Flag is ObservationFlag.Approximate or ObservationFlag.LowerBound);

    /// <summary>The published whole minus the sum of its parts.</summary>
    public decimal Difference => Published.Value - PartsSum;

    /// <summary>A sentence that states it: "2023 is published as 1,117; its quarters sum to 1,113 (4 fewer)."</summary>
    public string Describe()
    {
        string kind = Parts[0].Period.Kind switch
        {
            PeriodKind.Half => "halves",
            PeriodKind.Quarter => "quarters",
            PeriodKind.Month => "months",
            _ => "parts",
        };
        decimal gap = Math.Abs(Difference);
        string direction = Difference > 0 ? "fewer" : "more";
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{Period} is {(Published.Flag == ObservationFlag.Derived ? "derived" : "published")} as {Published.Value:N0}; its {kind} ({string.Join(" + ", Parts.Select(p => p.Value.ToString("N0", CultureInfo.InvariantCulture)))}) sum to {PartsSum:N0}, {gap:N0} {direction}.");
        return WithinApproximation ? text + " Some of these figures are approximate, which may explain the gap." : text;
    }
}
