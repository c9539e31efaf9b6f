namespace Flowwatch.Analysis.Claims;

/// <summary>Words of the input that set one part of a claim's frame.</summary>
/// <param name="Part">"who", "what", "purpose", "when" or "compared with".</param>
/// <param name="Start">Character offset of the first character in the input as given.</param>
/// <param name="End">Character offset just past the last character in the input as given.</param>
public sealed record FrameWord(string Part, int Start, int End);
