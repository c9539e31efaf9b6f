namespace Flowwatch.Analysis.Sanctions;

/// <summary>One case of the screening development set.</summary>
/// <param name="Query">The name screened.</param>
/// <param name="Type">The type given with it.</param>
/// <param name="Expected">The reference number it must alert on, or null for a negative (no alert expected).</param>
/// <param name="Rule">The rule that wrote it (<c>family-last</c>, <c>rr-consonants</c>, <c>one-syllable</c>, <c>famous</c> ...).</param>
/// <param name="Source">The listed name it was written from, or the negative's origin.</param>
public sealed record DevCase(string Query, ScreeningType Type, string? Expected, string Rule, string Source);
