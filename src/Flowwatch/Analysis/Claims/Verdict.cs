namespace Flowwatch.Analysis.Claims;

/// <summary>What the figures say about a claim.</summary>
public enum Verdict
{
    /// <summary>The figure the claim names holds under the policy's rule.</summary>
    Supported,

    /// <summary>The figure exists and does not hold.</summary>
    Contradicted,

    /// <summary>The number is right but for a different period or category than the one stated.</summary>
    PartlySupported,

    /// <summary>The figures do not cover what the claim is about (the reason says why).</summary>
    NotCheckable,
}
