using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a category dropped from a table states (<see cref="SuppressionDetector"/>).</summary>
/// <param name="Total">The table's total in the period the categories are missing.</param>
/// <param name="Before">The total of the period before, when they were listed.</param>
/// <param name="Dropped">The categories' figures of the period before.</param>
/// <param name="Remaining">The categories still listed.</param>
public sealed record DroppedCategoryFacts(Observation Total, Observation Before, IReadOnlyList<Observation> Dropped, IReadOnlyList<Observation> Remaining) : FindingFacts;
