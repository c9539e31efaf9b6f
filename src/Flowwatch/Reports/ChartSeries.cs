using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>One line of a finding's chart: a series' figures of one period kind, in period order.</summary>
/// <param name="Key">The series.</param>
/// <param name="Points">Its figures.</param>
/// <param name="IsSubject">Whether it is the series the finding is about (drawn bolder).</param>
public sealed record ChartSeries(SeriesKey Key, IReadOnlyList<Observation> Points, bool IsSubject);
