namespace Flowwatch.Analysis.Sanctions;

/// <summary>A name to screen, with what is known about it.</summary>
/// <param name="Name">The name as written: Latin (any romanization), Hangul or Cyrillic, or an IMO number.</param>
/// <param name="Type">Person, entity or vessel, if known.</param>
/// <param name="BirthYear">The person's year of birth, if known: a listed date that does not fit lowers the score.</param>
public sealed record ScreeningQuery(string Name, ScreeningType Type = ScreeningType.Any, int? BirthYear = null);
