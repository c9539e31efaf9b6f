using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// The two figures a chart of <see cref="Analysis.Detection.FindingMark.PublishedAgainstSum"/> sets side by side: the
/// published total and what its published parts add up to, with the parts themselves.
/// </summary>
/// <param name="Period">The total's period.</param>
/// <param name="Published">The published total (the finding's baseline).</param>
/// <param name="Sum">What the parts add up to (the finding's observed figure).</param>
/// <param name="Parts">The parts: the figures of the series drawn (the finding's evidence) other than the total itself.</param>
public sealed record ChartComparison(Period Period, decimal Published, decimal Sum, IReadOnlyList<Observation> Parts)
{
    /// <summary>The caption of the sum's bar.</summary>
    public const string SumLabel = "sum of its parts";

    /// <summary>The caption of the total's bar: <c>published 2024</c>.</summary>
    public string PublishedLabel => $"published {Period}";
}
