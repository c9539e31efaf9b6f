namespace Flowwatch.Analysis.Detection;

/// <summary>The parameters of <see cref="SurgeDetector"/> (docs/detectors.md explains each).</summary>
public sealed record SurgeOptions
{
    /// <summary>The defaults.</summary>
    public static SurgeOptions Default { get; } = new();

    /// <summary>What makes a baseline mean something (closures, breaks, rounding, thin baselines).</summary>
    public BaselineOptions Baseline { get; init; } = BaselineOptions.Default;

    /// <summary>How many earlier years of the same period form the baseline (5).</summary>
    public int LookbackYears { get; init; } = 5;

    /// <summary>The floor of the relative noise c of a series (0.15): year-to-year changes of border flows of 15 % are ordinary.</summary>
    public double NoiseFloor { get; init; } = 0.15;

    /// <summary>The cap of the estimated relative noise (0.5), so that one break (the 2020 border closure) does not make every later change look ordinary.</summary>
    public double NoiseCap { get; init; } = 0.5;

    /// <summary>Scores at or above which a surge is low, medium, high (3, 4, 6).</summary>
    public (double Low, double Medium, double High) Score { get; init; } = (3, 4, 6);

    /// <summary>Ratios to the larger reference at or above which a surge is low, medium, high (1.5, 2, 3).</summary>
    public (double Low, double Medium, double High) Ratio { get; init; } = (1.5, 2, 3);

    /// <summary>Excess counts over the larger reference at or above which a surge is low, medium, high (20, 50, 200): a small count can be significant and still not matter.</summary>
    public (decimal Low, decimal Medium, decimal High) Excess { get; init; } = (20, 50, 200);
}
