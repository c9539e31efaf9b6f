namespace Flowwatch.Analysis.Sanctions;

/// <summary>A designated name found in a text: where, as written, and the match that found it.</summary>
/// <param name="Start">The offset of the first character in the text.</param>
/// <param name="End">The offset after the last character.</param>
/// <param name="Text">The name as the text writes it.</param>
/// <param name="Match">The listed party it names, with the rule and the explanation.</param>
public sealed record DesignatedNameMark(int Start, int End, string Text, ScreeningMatch Match);
