using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>A phrase that names a time: "im Jahr 2024", "July-September", "first half", "im Vorjahr".</summary>
internal struct PeriodCue
{
    public int Token;
    public PeriodKind Kind;
    public int Index;

    /// <summary>The year as written, 0 when the phrase names none.</summary>
    public int Year;

    /// <summary>Relative to the publication year (last year: -1, this year: 0); null when absolute.</summary>
    public int? RelativeToPublication;

    /// <summary>Relative to the sentence's own period (im Vorjahr, a year earlier): -1; null otherwise.</summary>
    public int? RelativeToContext;

    /// <summary>True when the phrase names what is compared with ("than in 2023", "im Vergleich zum Vorjahr").</summary>
    public bool Compare;

    /// <summary>A season (im vergangenen Herbst): a time the datasets do not publish.</summary>
    public bool Season;
}
