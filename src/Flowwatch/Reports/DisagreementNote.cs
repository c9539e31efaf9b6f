using Flowwatch.Analysis.Series;

namespace Flowwatch.Reports;

/// <summary>
/// A published whole that differs from the sum of its published parts, as every output states it: the sentence and
/// whether an approximate figure may explain the gap (a note then, not a dispute).
/// </summary>
/// <param name="Text">"2023 is published as 1,117; its quarters (...) sum to 1,113, 4 fewer."</param>
/// <param name="WithinApproximation">Whether an approximate or lower-bound figure on either side can explain the gap.</param>
public sealed record DisagreementNote(string Text, bool WithinApproximation)
{
    /// <summary>The note of one disagreement.</summary>
    public static DisagreementNote Of(Disagreement disagreement)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        return new DisagreementNote(disagreement.Describe(), disagreement.WithinApproximation);
    }

    /// <summary>The notes of a point's disagreements, in their order.</summary>
    public static IReadOnlyList<DisagreementNote> Of(SeriesPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return [.. point.Disagreements.Select(Of)];
    }
}
