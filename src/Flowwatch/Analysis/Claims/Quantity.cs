namespace Flowwatch.Analysis.Claims;

/// <summary>A number as a claim states it.</summary>
/// <param name="Value">The value with its scale applied (3,2 Tsd. is 3200; twelvefold is 12; 60 % is 60).</param>
/// <param name="Precision">
/// The unit the writer rounded to: 1000 for "13.000", 100 for "7800" and "3,2 Tsd.", 1 for "13.221",
/// 0.1 for "11,8"; the rule for unhedged numbers compares at this precision.
/// </param>
/// <param name="Qualifier">The hedge in front of the number.</param>
/// <param name="Kind">What the number measures.</param>
public sealed record Quantity(decimal Value, decimal Precision, Qualifier Qualifier, QuantityKind Kind)
{
    /// <summary>True when the number was written with a scale word and a decimal ("7,7 тысячи", "3.2 thousand").</summary>
    public bool Scaled { get; init; }
}
