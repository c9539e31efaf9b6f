namespace Flowwatch.Analysis.Claims;

/// <summary>What a claimed number measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of people or trips (13.221 Nordkoreaner).</summary>
    Count,

    /// <summary>A ratio between two periods (Verzwölffachung, twelvefold, в 12 раз).</summary>
    Multiple,

    /// <summary>A percentage share of a whole (60 Prozent der Einreisen).</summary>
    Share,

    /// <summary>A percentage change between two periods (um 50 Prozent gestiegen).</summary>
    PercentChange,
}
