namespace Flowwatch.Analysis.Trace;

/// <summary>One figure across a collection of articles: every claim about it in publication order, and its variants.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Value">Its value as the latest article checked saw it published; null when none saw it.</param>
/// <param name="Claims">Every claim about it, in publication order.</param>
/// <param name="Variants">Its variants, the earliest first appearance first.</param>
public sealed record FigureGenealogy(FigureRef Figure, decimal? Value, IReadOnlyList<TracedClaim> Claims, IReadOnlyList<ClaimVariant> Variants);
