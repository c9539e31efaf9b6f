namespace Flowwatch.Analysis.Detection;

/// <summary>The parameters of <see cref="DeadlineBreachDetector"/>.</summary>
public sealed record DeadlineBreachOptions
{
    /// <summary>The defaults.</summary>
    public static DeadlineBreachOptions Default { get; } = new();

    /// <summary>Counts at or above which a breach is medium and high (10, 100); any positive count is at least low.</summary>
    public (decimal Medium, decimal High) Count { get; init; } = (10, 100);
}
