using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Something a detector found in the figures, stated with its numbers, the rules it bears on, the
/// figures it rests on and the events around it.
/// </summary>
/// <param name="Id">Stable across runs: a hash of detector, series, period and aspect (<see cref="FindingIds"/>).</param>
/// <param name="Detector">The name of the detector that found it (<see cref="IDetector.Name"/>; the built-in ones are <see cref="DetectorNames"/>).</param>
/// <param name="Key">The series the finding is about (for conflicts between a total and its parts, the total's).</param>
/// <param name="Period">The period the finding is about (for a suppression, the first period missing).</param>
/// <param name="Observed">The figure found; null where nothing was published (suppression).</param>
/// <param name="Baseline">What it is compared with (the reference value, the expected count at the historical share, the published total); null where there is none.</param>
/// <param name="Ratio">Observed over baseline, where both exist and the baseline is not zero.</param>
/// <param name="Score">The detector's test statistic (a z-like score; for breaches and conflicts the size of the gap).</param>
/// <param name="Severity">The grade.</param>
/// <param name="Rules">The sanctions rules it bears on.</param>
/// <param name="Explanation">One plain-English sentence with the numbers (for the built-in detectors, <see cref="FindingWording"/> words it from <see cref="Facts"/>).</param>
/// <param name="Evidence">The published figures it rests on, each with its provenance and citations.</param>
/// <param name="Events">Context events dated near the period that involve the countries concerned.</param>
public sealed record Finding(
    string Id,
    string Detector,
    SeriesKey Key,
    Period Period,
    decimal? Observed,
    decimal? Baseline,
    double? Ratio,
    double Score,
    Severity Severity,
    IReadOnlyList<Rule> Rules,
    string Explanation,
    IReadOnlyList<Observation> Evidence,
    IReadOnlyList<ContextEvent> Events)
{
    /// <summary>How a chart marks it; <see cref="FindingMark.Period"/> (its period shaded on its series) unless its detector says otherwise.</summary>
    public FindingMark Mark { get; init; }

    /// <summary>What its explanation states, as data, for a wording in another language; null where its detector worded it itself.</summary>
    public FindingFacts? Facts { get; init; }

    /// <summary>Whether any figure it rests on is approximate or only a lower bound.</summary>
    public bool RestsOnApproximateFigures => Evidence.Any(o => o.Flag is ObservationFlag.Approximate or ObservationFlag.LowerBound);
}
