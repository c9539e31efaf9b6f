namespace Flowwatch.Model;

/// <summary>
/// A known break in series (data/breaks.csv): a border closed for a time, a methodology change from a date. A detector
/// never takes a baseline from a closed period nor across a break without saying so.
/// </summary>
/// <param name="Id">A stable id (<c>dprk-border-closed-2020</c>).</param>
/// <param name="Kind">What kind of break.</param>
/// <param name="Datasets">The datasets it affects; empty for all.</param>
/// <param name="Reporters">The reporting countries it affects; empty for all.</param>
/// <param name="Partners">The partner countries it affects; empty for all.</param>
/// <param name="From">The first day of the break.</param>
/// <param name="To">The last day of a closure; null for a methodology change, which holds from <paramref name="From"/> on.</param>
/// <param name="Summary">What happened, in one or two sentences a finding can quote.</param>
/// <param name="SourceUrl">Where it is documented.</param>
public sealed record SeriesBreak(
    string Id,
    SeriesBreakKind Kind,
    IReadOnlyList<DatasetId> Datasets,
    IReadOnlyList<Country> Reporters,
    IReadOnlyList<Country> Partners,
    DateOnly From,
    DateOnly? To,
    string Summary,
    string SourceUrl)
{
    /// <summary>Whether the break affects a series.</summary>
    /// <param name="key">The series.</param>
    public bool Affects(SeriesKey key) =>
        (Datasets.Count == 0 || Datasets.Contains(key.Dataset))
        && (Reporters.Count == 0 || Reporters.Contains(key.Reporter))
        && (Partners.Count == 0 || Partners.Contains(key.Partner));

    /// <summary>Whether the days <paramref name="start"/> to <paramref name="end"/> lie wholly within a closure.</summary>
    /// <param name="start">The period's first day.</param>
    /// <param name="end">The period's last day.</param>
    public bool Closes(DateOnly start, DateOnly end) => Kind == SeriesBreakKind.Closed && start >= From && end <= (To ?? DateOnly.MaxValue);

    /// <summary>Whether the break lies between two periods: the earlier ends before it starts, or a closure lies between them.</summary>
    /// <param name="earlierEnd">The last day of the earlier period.</param>
    /// <param name="laterStart">The first day of the later period.</param>
    public bool Separates(DateOnly earlierEnd, DateOnly laterStart) => Kind switch
    {
        SeriesBreakKind.Methodology => earlierEnd < From && laterStart >= From,
        _ => earlierEnd < From && laterStart > (To ?? DateOnly.MaxValue),
    };
}
