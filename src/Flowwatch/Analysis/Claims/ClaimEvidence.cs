using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>A figure a verdict rests on: published, or summed from published parts.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Breakdown">The category.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The figure.</param>
/// <param name="Basis">The published observations it is (one) or sums (several).</param>
/// <param name="Role">Why it is shown: "actual", "compared with", "probably meant", "whole".</param>
public sealed record ClaimEvidence(DatasetId Dataset, Breakdown Breakdown, Period Period, decimal Value, IReadOnlyList<Observation> Basis, string Role)
{
    /// <summary>True when the figure is a sum of published parts rather than published itself.</summary>
    public bool IsDerived => Basis.Count > 1;
}
