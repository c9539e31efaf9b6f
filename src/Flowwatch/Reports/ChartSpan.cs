using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>The span a finding's chart shades: its period, or, for a series that stopped, the periods missing from it.</summary>
/// <param name="First">The first period shaded (the finding's).</param>
/// <param name="Last">The last period shaded, of the same kind: the finding's own, or the publisher's latest for a missing span.</param>
/// <param name="Missing">Whether the span is what was not published (<see cref="Analysis.Detection.FindingMark.MissingSpan"/>), shaded grey.</param>
public sealed record ChartSpan(Period First, Period Last, bool Missing)
{
    /// <summary>The span's caption: <c>missing from 2025-Q2</c> or <c>finding: 2024-Q3</c>.</summary>
    public string Label => Missing ? $"missing from {First}" : $"finding: {First}";
}
