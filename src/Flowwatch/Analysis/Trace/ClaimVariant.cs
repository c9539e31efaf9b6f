using Flowwatch.Analysis.Claims;

namespace Flowwatch.Analysis.Trace;

/// <summary>
/// Claims that render one figure the same way: the same number with the same reading (as published, rounded, entries
/// called workers, the year before's figure given for this year's). Its first appearance is the earliest article; the
/// others repeated it.
/// </summary>
/// <param name="Claimed">The number stated.</param>
/// <param name="Verdict">The verdict of its first appearance.</param>
/// <param name="Reading">How it renders the figure.</param>
/// <param name="First">The earliest claim (by publication day, then by file name when two appeared on one day).</param>
/// <param name="RepeatedBy">The later claims, in publication order, one per article.</param>
public sealed record ClaimVariant(decimal Claimed, Verdict Verdict, string Reading, TracedClaim First, IReadOnlyList<VariantRepeat> RepeatedBy)
{
    /// <summary>Whether the variant is wrong or reframed (anything but a supported claim read as published or rounded).</summary>
    public bool IsWrong => Verdict is Verdict.Contradicted or Verdict.PartlySupported;
}
