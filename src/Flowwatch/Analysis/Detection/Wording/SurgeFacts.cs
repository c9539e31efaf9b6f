using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a surge states (<see cref="SurgeDetector"/>).</summary>
/// <param name="Current">The figure found.</param>
/// <param name="YearEarlier">The figure of the same period a year earlier; null where none was published.</param>
/// <param name="History">The figures of the same period in earlier years, the latest first (the year-earlier one among them when published).</param>
/// <param name="Median">The median of <paramref name="History"/>, as published (not in units).</param>
/// <param name="Score">The surge score.</param>
public sealed record SurgeFacts(Observation Current, Observation? YearEarlier, IReadOnlyList<Observation> History, double Median, double Score) : FindingFacts;
