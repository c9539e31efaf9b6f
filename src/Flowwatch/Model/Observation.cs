namespace Flowwatch.Model;

/// <summary>One published figure: a series, a period, a value, how far it can be trusted, and where it comes from.</summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period counted.</param>
/// <param name="Value">The figure; counts are whole numbers, rates may be fractional.</param>
/// <param name="Flag">As published, approximate, a lower bound or derived.</param>
/// <param name="Provenance">The file, the place in it, and the citations.</param>
/// <param name="Note">Free text the source attaches (a conflict between outlets, a label's translation).</param>
public sealed record Observation(SeriesKey Key, Period Period, decimal Value, ObservationFlag Flag, Provenance Provenance, string? Note = null);
