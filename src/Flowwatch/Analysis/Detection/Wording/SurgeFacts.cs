using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a surge states (<see cref="SurgeDetector"/>).</summary>
/// <param name="Current">The figure found.</param>
/// <param name="YearEarlier">The figure of the same period a year earlier; null where none was published.</param>
/// <param name="History">The figures of the same period in earlier years, the latest first (the year-earlier one among them when published).</param>
/// <param name="Median">The median of <paramref name="History"/>, as published (not in units).</param>
/// <param name="Score">The surge score.</param>
public sealed record SurgeFacts(Observation Current, Observation? YearEarlier, IReadOnlyList<Observation> History, double Median, double Score) : FindingFacts
{
    /// <summary>The latest figure of the same period beyond a break or deadline (the pre-break level), left out of the baseline; null where none.</summary>
    public Observation? PreBreak { get; init; }

    /// <summary>The break that separates <see cref="PreBreak"/> from the current figure; null where a deadline does, or none.</summary>
    public SeriesBreak? Break { get; init; }

    /// <summary>The deadline of a rule bearing on the series that falls after <see cref="PreBreak"/>: that level is no norm since.</summary>
    public Rule? Deadline { get; init; }

    /// <summary>Earlier figures left out of the baseline because their periods lie wholly inside a closure.</summary>
    public int ClosedLeftOut { get; init; }

    /// <summary>Why the grade is low although the rise is large (a thin baseline, a recovery); null where it is not held down.</summary>
    public string? HeldLow { get; init; }
}
