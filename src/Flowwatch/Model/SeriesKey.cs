namespace Flowwatch.Model;

/// <summary>
/// What a series counts: in <paramref name="Dataset"/>, as reported by <paramref name="Reporter"/>, for
/// nationals of (or trips to) <paramref name="Partner"/>, in the category <paramref name="Breakdown"/>.
/// </summary>
/// <param name="Dataset">The statistic.</param>
/// <param name="Reporter">The country that publishes the figure (RU).</param>
/// <param name="Partner">The citizenship counted, or the destination for exits (KP).</param>
/// <param name="Breakdown">The purpose, mode or visa type; <see cref="Breakdown.Total"/> for all.</param>
public readonly record struct SeriesKey(DatasetId Dataset, Country Reporter, Country Partner, Breakdown Breakdown)
{
    /// <summary>The key with another category: the total beside a purpose, say.</summary>
    public SeriesKey WithBreakdown(Breakdown breakdown) => this with { Breakdown = breakdown };

    /// <summary><c>dataset/RU/KP/study</c>.</summary>
    public override string ToString() => $"{Dataset}/{Reporter}/{Partner}/{Breakdown}";
}
