using Flowwatch.Model;

namespace Flowwatch.Analysis.Trace;

/// <summary>The published figure a claim is about: its series (dataset, reporter, partner, breakdown) and period.</summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period.</param>
public readonly record struct FigureRef(SeriesKey Key, Period Period)
{
    /// <summary>The figure as text (<c>ru-fsb-entries-by-purpose/RU/KP/total 2024</c>), for keys and messages.</summary>
    public override string ToString() => $"{Key} {Period}";
}
