namespace Flowwatch.Model;

/// <summary>What kind of break a <see cref="SeriesBreak"/> is.</summary>
public enum SeriesBreakKind
{
    /// <summary>A border closed for a time: figures of periods wholly inside are no baseline.</summary>
    Closed = 0,

    /// <summary>A change of methodology from a date: figures before and after are not on the same footing.</summary>
    Methodology = 1,
}
