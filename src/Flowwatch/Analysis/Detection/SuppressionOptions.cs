namespace Flowwatch.Analysis.Detection;

/// <summary>The parameters of <see cref="SuppressionDetector"/>.</summary>
public sealed record SuppressionOptions
{
    /// <summary>The defaults.</summary>
    public static SuppressionOptions Default { get; } = new();

    /// <summary>How many consecutive periods a series must have been published to count as regular (3).</summary>
    public int MinRegularRun { get; init; } = 3;

    /// <summary>Missing periods at or above which a stop is medium and high (2, 3); high also needs a material series with a rule on its nationality.</summary>
    public (int Medium, int High) MissingPeriods { get; init; } = (2, 3);

    /// <summary>The mean of the last regular run at or above which a series is material (100).</summary>
    public decimal MaterialMean { get; init; } = 100;

    /// <summary>A category is missed from a table only if it held at least this count (20) and this share (0.01) of the total before.</summary>
    public (decimal Count, double Share) DroppedCategory { get; init; } = (20, 0.01);

    /// <summary>The relative tolerance within which parts add up to the total, making a table complete (0.005).</summary>
    public double CompletenessTolerance { get; init; } = 0.005;
}
