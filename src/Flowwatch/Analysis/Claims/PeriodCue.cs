using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>A phrase that names a time: "im Jahr 2024", "July-September", "first half", "im Vorjahr".</summary>
internal struct PeriodCue
{
    public int Token;

    /// <summary>The phrase's first token ("last" in "last year"; the first month of a range).</summary>
    public int From;

    /// <summary>The index of the number (in the sentence's candidates) the phrase attaches to; -1 if none.</summary>
    public int Owner;

    /// <summary>How surely it attaches to <see cref="Owner"/> (<see cref="Attachment.Best(TokenBuffer, Lexicon, string, int, int, ReadOnlySpan{ValueTuple{int, int}}, out int)"/>): lower is surer; 0 inside a bracket.</summary>
    public int Score;
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

    /// <summary>The start of a span ("seit 2012", "since 2012", "2012년 이후"): never the period of a number.</summary>
    public bool Since;

    /// <summary>"The same period last year": the sentence's own period shifted by <see cref="RelativeToContext"/> years.</summary>
    public bool SamePeriod;

    /// <summary>Quarters relative to the sentence's own period ("the previous quarter", "직전 분기": -1); null otherwise.</summary>
    public int? RelativeQuarters;
}
