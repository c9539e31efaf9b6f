namespace Flowwatch.Analysis.Claims;

/// <summary>A claim with its verdict.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Actual">The figure the claim is compared with (a count, a ratio or a percentage), if one was found.</param>
/// <param name="Rule">The id of the policy rule that decided (see docs/claims.md).</param>
/// <param name="Explanation">One or two sentences a reader can follow.</param>
/// <param name="Evidence">The figures the verdict rests on, the actual first.</param>
public sealed record CheckedClaim(Claim Claim, Verdict Verdict, decimal? Actual, string Rule, string Explanation, IReadOnlyList<ClaimEvidence> Evidence);
