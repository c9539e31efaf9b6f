namespace Flowwatch.Analysis.Detection;

/// <summary>The parameters of <see cref="InconsistencyDetector"/>.</summary>
public sealed record InconsistencyOptions
{
    /// <summary>The defaults.</summary>
    public static InconsistencyOptions Default { get; } = new();

    /// <summary>Relative gaps at or above which an exact conflict is medium and high (0.01, 0.10); smaller ones are low.</summary>
    public (double Medium, double High) Gap { get; init; } = (0.01, 0.10);
}
