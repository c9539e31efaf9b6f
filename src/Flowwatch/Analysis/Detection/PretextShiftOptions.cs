using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>The parameters of <see cref="PretextShiftDetector"/> (docs/detectors.md explains each).</summary>
public sealed record PretextShiftOptions
{
    /// <summary>The defaults.</summary>
    public static PretextShiftOptions Default { get; } = new();

    /// <summary>Purposes that can serve as a pretext for work, besides those the rules name.</summary>
    public IReadOnlyList<Purpose> Pretexts { get; init; } = [Purpose.Study, Purpose.Tourism, Purpose.Business, Purpose.Private];

    /// <summary>How many earlier years of the same period form the share's history (5).</summary>
    public int HistoryPeriods { get; init; } = 5;

    /// <summary>The floor of the share's natural variation, in share points (0.02).</summary>
    public double VariationFloor { get; init; } = 0.02;

    /// <summary>The share's natural variation relative to its level (0.15), when its history is too short to measure it.</summary>
    public double RelativeVariation { get; init; } = 0.15;

    /// <summary>Scores at or above which a shift is low, medium, high (3, 4, 6).</summary>
    public (double Low, double Medium, double High) Score { get; init; } = (3, 4, 6);

    /// <summary>Rises of the share, in share points, at or above which a shift is low, medium, high (0.05, 0.15, 0.30).</summary>
    public (double Low, double Medium, double High) Rise { get; init; } = (0.05, 0.15, 0.30);

    /// <summary>Counts of the pretext purpose at or above which a shift is low, medium, high (20, 50, 200).</summary>
    public (decimal Low, decimal Medium, decimal High) Count { get; init; } = (20, 50, 200);

    /// <summary>Entries beyond the historical share at or above which a shift is low, or may be raised by rules and capacity (20, 50).</summary>
    public (decimal Low, decimal Raise) Excess { get; init; } = (20, 50);

    /// <summary>Entries over a known capacity at or above which the shift is raised one grade (3: three times the capacity).</summary>
    public double CapacityMultiple { get; init; } = 3;

    /// <summary>How many years from the capacity's date it still counts as known (1).</summary>
    public int CapacityYears { get; init; } = 1;
}
