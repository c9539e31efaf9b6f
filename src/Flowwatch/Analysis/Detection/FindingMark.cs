namespace Flowwatch.Analysis.Detection;

/// <summary>
/// How the chart of a finding marks it: set by its detector (<see cref="Finding.Mark"/>), read by the charts of the
/// report and the web, so that no chart needs to know the detectors by name.
/// </summary>
public enum FindingMark
{
    /// <summary>The finding's period shaded on its series, among the other categories of its table (the default).</summary>
    Period = 0,

    /// <summary>Nothing was published from the finding's period on: the span from it to the publisher's latest period shaded grey, "missing from".</summary>
    MissingSpan = 1,

    /// <summary>The finding's period shaded, and the deadline of each rule it bears on drawn as a vertical line.</summary>
    Deadlines = 2,

    /// <summary>
    /// Two published statements that disagree: the published figure (<see cref="Finding.Baseline"/>) beside what its
    /// parts add up to (<see cref="Finding.Observed"/>), as two bars; the data behind the chart is the evidence itself.
    /// </summary>
    PublishedAgainstSum = 3,
}
