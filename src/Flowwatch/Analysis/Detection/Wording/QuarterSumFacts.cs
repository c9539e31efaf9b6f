using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a year or half at odds with its quarters states (<see cref="InconsistencyDetector"/>).</summary>
/// <param name="Whole">The published year or half.</param>
/// <param name="Quarters">Its published quarters, in order.</param>
/// <param name="Sum">What they add up to.</param>
public sealed record QuarterSumFacts(Observation Whole, IReadOnlyList<Observation> Quarters, decimal Sum) : FindingFacts;
