namespace Flowwatch.Model;

/// <summary>How far a figure can be taken at its word.</summary>
public enum ObservationFlag
{
    /// <summary>As published.</summary>
    AsPublished = 0,

    /// <summary>The publisher or the outlet rounded it ("nearly 5,500", "about 21,000").</summary>
    Approximate = 1,

    /// <summary>Only a lower bound was stated ("over 6,000").</summary>
    LowerBound = 2,

    /// <summary>Computed by Flowwatch from published figures (a sum of quarters, a difference of cumulative tables).</summary>
    Derived = 3,
}
