namespace Flowwatch.Analysis.Detection;

/// <summary>How much a finding deserves a reader's attention; graded by each detector (docs/detectors.md).</summary>
public enum Severity
{
    /// <summary>Worth a look; may be noise or a small number.</summary>
    Low = 1,

    /// <summary>A clear change or conflict of material size.</summary>
    Medium = 2,

    /// <summary>A large, significant change, or one that bears directly on a sanctions rule.</summary>
    High = 3,
}
