namespace Flowwatch.Analysis.Detection;

/// <summary>The names of the built-in detectors as they appear in findings, JSON and docs/detectors.md (every registered one: <see cref="DetectorRegistry.Names"/>).</summary>
public static class DetectorNames
{
    /// <summary>A figure far above the same period a year earlier and its multi-year baseline.</summary>
    public const string Surge = "surge";

    /// <summary>A pretext purpose's share of all entries far above its history.</summary>
    public const string PretextShift = "pretext-shift";

    /// <summary>A prohibited purpose for a targeted nationality after a rule's deadline.</summary>
    public const string DeadlineBreach = "deadline-breach";

    /// <summary>A series that stops being published, or a category dropped from a table.</summary>
    public const string Suppression = "suppression";

    /// <summary>Published figures that disagree: a total and its parts, or two sources.</summary>
    public const string Inconsistency = "inconsistency";
}
