using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a deadline breach states (<see cref="DeadlineBreachDetector"/>).</summary>
/// <param name="Current">The figure of the prohibited purpose, of a period that starts after the deadline.</param>
/// <param name="Rule">The rule whose deadline passed (the latest such).</param>
/// <param name="PreBan">The latest figure of the purpose from before the first rule restricting it; null where the store has none.</param>
public sealed record DeadlineBreachFacts(Observation Current, Rule Rule, Observation? PreBan) : FindingFacts;
