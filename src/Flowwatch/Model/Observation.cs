namespace Flowwatch.Model;

/// <summary>One published figure: a series, a period, a value, how far it can be trusted, and where it comes from.</summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period counted.</param>
/// <param name="Value">The figure; counts are whole numbers, rates may be fractional.</param>
/// <param name="Flag">As published, approximate, a lower bound or derived.</param>
/// <param name="Provenance">The file, the place in it, and the citations.</param>
/// <param name="Note">Free text the source attaches (a conflict between outlets, a label's translation).</param>
public sealed record Observation(SeriesKey Key, Period Period, decimal Value, ObservationFlag Flag, Provenance Provenance, string? Note = null)
{
    private readonly IReadOnlyList<Witness>? _witnesses;

    /// <summary>
    /// Every file that states this value for the series and period, in order of publication; the figure as read
    /// from one file has that file alone.
    /// </summary>
    public IReadOnlyList<Witness> Witnesses
    {
        get => _witnesses ?? [new Witness(Provenance, Value, Flag, Provenance.Document.ReleaseDate)];
        init => _witnesses = value;
    }

    /// <summary>Earlier values of the same series and period that later releases revised, oldest first; each keeps its witnesses.</summary>
    public IReadOnlyList<Witness> Superseded { get; init; } = [];

    /// <summary>When the figure was first public: the earliest publication date among its witnesses, if any is known.</summary>
    public DateOnly? FirstPublished => Witnesses.Select(w => w.Published).Where(d => d.HasValue).Min();

    /// <summary>Whether any witness is synthetic test data.</summary>
    public bool IsSynthetic => Witnesses.Any(w => w.IsSynthetic);
}
