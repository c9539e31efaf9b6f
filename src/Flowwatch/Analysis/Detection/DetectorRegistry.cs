using System.Diagnostics.CodeAnalysis;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// The detectors a scan runs, in order, each under a name of its own. Immutable: <see cref="With"/>,
/// <see cref="Replace"/> and <see cref="Without"/> return a new registry.
/// </summary>
public sealed class DetectorRegistry
{
    private readonly IDetector[] _detectors;

    private DetectorRegistry(IDetector[] detectors)
    {
        _detectors = detectors;
        Names = Array.ConvertAll(detectors, d => d.Name);
    }

    /// <summary>No detector.</summary>
    public static DetectorRegistry Empty { get; } = new([]);

    /// <summary>The five built-in detectors with their default parameters: surge, pretext shift, deadline breach, suppression, inconsistency.</summary>
    public static DetectorRegistry Default { get; } = Empty
        .With(new SurgeDetector())
        .With(new PretextShiftDetector())
        .With(new DeadlineBreachDetector())
        .With(new SuppressionDetector())
        .With(new InconsistencyDetector());

    /// <summary>The detectors, in the order a scan runs them.</summary>
    public IReadOnlyList<IDetector> Detectors => _detectors;

    /// <summary>Their names, in the same order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>This registry and <paramref name="detector"/> after its detectors.</summary>
    /// <param name="detector">A detector whose name is not registered yet.</param>
    /// <exception cref="ArgumentException">Its name is blank or taken.</exception>
    public DetectorRegistry With(IDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentException.ThrowIfNullOrWhiteSpace(detector.Name, nameof(detector));
        if (IndexOf(detector.Name) >= 0)
        {
            throw new ArgumentException($"A detector named '{detector.Name}' is registered already; Replace swaps it.", nameof(detector));
        }

        return new([.. _detectors, detector]);
    }

    /// <summary>This registry with <paramref name="detector"/> in the place of the one of its name (another's parameters, say).</summary>
    /// <param name="detector">A detector whose name is registered.</param>
    /// <exception cref="ArgumentException">No detector of its name is registered.</exception>
    public DetectorRegistry Replace(IDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        IDetector[] detectors = [.. _detectors];
        detectors[Existing(detector.Name, nameof(detector))] = detector;
        return new(detectors);
    }

    /// <summary>This registry without the detector named <paramref name="name"/>.</summary>
    /// <param name="name">A registered name.</param>
    /// <exception cref="ArgumentException">No detector of that name is registered.</exception>
    public DetectorRegistry Without(string name)
    {
        int at = Existing(name, nameof(name));
        return new([.. _detectors[..at], .. _detectors[(at + 1)..]]);
    }

    /// <summary>The detector named <paramref name="name"/>, if registered.</summary>
    /// <param name="name">The name (exact, case-sensitive).</param>
    /// <param name="detector">The detector; null if none has that name.</param>
    public bool TryGet(string name, [NotNullWhen(true)] out IDetector? detector)
    {
        int at = IndexOf(name);
        detector = at >= 0 ? _detectors[at] : null;
        return detector is not null;
    }

    private int IndexOf(string name) => Array.FindIndex(_detectors, d => string.Equals(d.Name, name, StringComparison.Ordinal));

    private int Existing(string name, string parameter)
    {
        int at = IndexOf(name);
        return at >= 0 ? at : throw new ArgumentException($"No detector named '{name}' is registered; the registered ones are {string.Join(", ", Names)}.", parameter);
    }
}
