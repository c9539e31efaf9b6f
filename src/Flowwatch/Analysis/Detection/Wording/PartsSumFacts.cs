using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What parts that exceed their total state (<see cref="InconsistencyDetector"/>).</summary>
/// <param name="Total">The published total.</param>
/// <param name="Parts">The categories published for the same period.</param>
/// <param name="Sum">What they add up to.</param>
/// <param name="PartsDataset">The dataset of the categories: the total's own, or another breakdown of the same whole.</param>
public sealed record PartsSumFacts(Observation Total, IReadOnlyList<Observation> Parts, decimal Sum, DatasetId PartsDataset) : FindingFacts;
