namespace Flowwatch.Model;

/// <summary>
/// The bound every reader holds counts to. The largest figure Flowwatch knows of is tens of millions of
/// entries a year into Russia; a count above a billion is a damaged cell, a unit mistake or a hostile file,
/// and stored it would overflow charts and sums downstream.
/// </summary>
public static class CountLimits
{
    /// <summary>The largest count of people, trips, visas or permits a reader accepts: 10^9.</summary>
    public const long MaxCount = 1_000_000_000;

    /// <summary>Whether a value is a whole count within <see cref="MaxCount"/>.</summary>
    /// <param name="value">The value as read.</param>
    public static bool IsCount(decimal value) => value >= 0 && value <= MaxCount && decimal.Truncate(value) == value;
}
