using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>Runs every detector over one set of figures and returns their findings, most severe first.</summary>
public sealed record DetectorSuite
{
    /// <summary>The built-in detectors with their default parameters and the default conventions.</summary>
    public static DetectorSuite Default { get; } = new();

    /// <summary>The detectors, run in their order: <see cref="DetectorRegistry.Default"/> unless replaced.</summary>
    /// <example><c>DetectorSuite.Default with { Detectors = DetectorRegistry.Default.Replace(new SurgeDetector(SurgeOptions.Default with { LookbackYears = 3 })) }</c></example>
    public DetectorRegistry Detectors { get; init; } = DetectorRegistry.Default;

    /// <summary>What dataset ids mean.</summary>
    public DatasetConventions Conventions { get; init; } = DatasetConventions.Default;

    /// <summary>This suite with one more detector after its own (<see cref="DetectorRegistry.With"/>).</summary>
    /// <param name="detector">A detector whose name is not registered yet.</param>
    public DetectorSuite With(IDetector detector) => this with { Detectors = Detectors.With(detector) };

    /// <summary>Runs every detector.</summary>
    /// <param name="observations">The figures, in any order; the latest revision of each.</param>
    /// <param name="context">Rules, events and capacities.</param>
    /// <returns>
    /// The findings, one per episode (<see cref="Episodes"/>), ordered by severity (highest first), those bearing on a rule
    /// first, then period (latest first), then detector and series.
    /// </returns>
    public IReadOnlyList<Finding> Scan(IReadOnlyList<Observation> observations, DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = SeriesIndex.Build(observations);
        var fc = new FindingContext(context, Conventions);
        var found = new List<Finding>();
        foreach (IDetector detector in Detectors.Detectors)
        {
            detector.Detect(index, fc, found);
        }

        found = Episodes.Fold(found, Conventions);

        found.Sort(static (a, b) =>
        {
            int c = b.Severity.CompareTo(a.Severity);
            if (c == 0)
            {
                // Within a grade, what bears on a sanctions rule comes first.
                c = (b.Rules.Count > 0).CompareTo(a.Rules.Count > 0);
            }

            if (c == 0)
            {
                c = b.Period.CompareTo(a.Period);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Detector, b.Detector);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Key.ToString(), b.Key.ToString());
        });
        return found;
    }
}
