namespace Flowwatch.Analysis.Trace;

/// <summary>A later claim that states a variant again.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="CitesFirst">Whether its article names the source of the variant's first appearance (an edge of the genealogy).</param>
public sealed record VariantRepeat(TracedClaim Claim, bool CitesFirst);
