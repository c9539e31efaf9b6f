namespace Flowwatch.Analysis.Claims;

/// <summary>A statistical claim found in a text.</summary>
/// <param name="Start">Character offset of the claim's first character in the input as given.</param>
/// <param name="End">Character offset just past the claim's last character in the input as given.</param>
/// <param name="Text">The number as written with its qualifier or multiple word ("fast 8.000", "Verzwölffachung").</param>
/// <param name="Sentence">The sentence the claim stands in (markup removed).</param>
/// <param name="Quantity">The number, its precision, hedge and kind.</param>
/// <param name="Frame">What the number is about.</param>
public sealed record Claim(int Start, int End, string Text, string Sentence, Quantity Quantity, ClaimFrame Frame)
{
    /// <summary>Other frames the text allows (another period, the whole year of a part-year), checked when the frame fails.</summary>
    public IReadOnlyList<ClaimFrame> Alternatives { get; init; } = [];
}
