namespace Flowwatch.Analysis.Claims;

/// <summary>A claim with its verdict.</summary>
public sealed record CheckedClaim
{
    private Func<string>? _explain;
    private string? _explanation;

    /// <summary>A verdict with its explanation written out.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="actual">The figure the claim is compared with (a count, a ratio or a percentage), if one was found.</param>
    /// <param name="rule">The id of the policy rule that decided (see docs/claims.md).</param>
    /// <param name="explanation">One or two sentences a reader can follow.</param>
    /// <param name="evidence">The figures the verdict rests on, the actual first.</param>
    public CheckedClaim(Claim claim, Verdict verdict, decimal? actual, string rule, string explanation, IReadOnlyList<ClaimEvidence> evidence)
        : this(claim, verdict, actual, rule, (Func<string>?)null, evidence) => _explanation = explanation;

    /// <summary>A verdict whose explanation is written only when it is read: most checks in a batch are counted, not read.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="actual">The figure the claim is compared with, if one was found.</param>
    /// <param name="rule">The id of the policy rule that decided.</param>
    /// <param name="explain">Writes the explanation.</param>
    /// <param name="evidence">The figures the verdict rests on, the actual first.</param>
    public CheckedClaim(Claim claim, Verdict verdict, decimal? actual, string rule, Func<string>? explain, IReadOnlyList<ClaimEvidence> evidence)
    {
        Claim = claim;
        Verdict = verdict;
        Actual = actual;
        Rule = rule;
        _explain = explain;
        Evidence = evidence;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; init; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>The figure the claim is compared with (a count, a ratio or a percentage), if one was found.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The id of the policy rule that decided (see docs/claims.md).</summary>
    public string Rule { get; init; }

    /// <summary>One or two sentences a reader can follow.</summary>
    public string Explanation
    {
        get => _explanation ??= _explain?.Invoke() ?? "";
        init
        {
            _explanation = value;
            _explain = null;
        }
    }

    /// <summary>The figures the verdict rests on, the actual first.</summary>
    public IReadOnlyList<ClaimEvidence> Evidence { get; init; }

    /// <summary>The frame the verdict was decided on (the claim's own, or the alternative that held).</summary>
    public ClaimFrame? Interpretation { get; init; }

    /// <summary>The other frames considered, each with what it gave.</summary>
    public IReadOnlyList<FrameCheck> Alternatives { get; init; } = [];

    /// <summary>(claimed - actual) / actual, so that "nearly 13,000" for 13,221 (-1.7 %) reads apart from a wild number; null without an actual.</summary>
    public decimal? RelativeError { get; init; }
}
