using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What one figure given with two values states (<see cref="InconsistencyDetector"/>).</summary>
/// <param name="First">The value laid out first.</param>
/// <param name="Other">The other value.</param>
public sealed record TwiceStatedFacts(Observation First, Observation Other) : FindingFacts;
