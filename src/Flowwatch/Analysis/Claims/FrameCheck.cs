namespace Flowwatch.Analysis.Claims;

/// <summary>A frame that was considered for a claim and what it gave.</summary>
/// <param name="Frame">The frame.</param>
/// <param name="Verdict">Its verdict; null when it was listed but not needed.</param>
/// <param name="Actual">The figure it gave, if any.</param>
/// <param name="Rule">The rule that decided it; empty when not checked.</param>
public sealed record FrameCheck(ClaimFrame Frame, Verdict? Verdict, decimal? Actual, string Rule);
