using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>Runs every detector over one set of figures and returns their findings, most severe first.</summary>
public sealed record DetectorSuite
{
    /// <summary>All detectors with their default parameters.</summary>
    public static DetectorSuite Default { get; } = new();

    /// <summary>The surge detector's parameters.</summary>
    public SurgeOptions Surge { get; init; } = SurgeOptions.Default;

    /// <summary>The pretext-shift detector's parameters.</summary>
    public PretextShiftOptions PretextShift { get; init; } = PretextShiftOptions.Default;

    /// <summary>The deadline-breach detector's parameters.</summary>
    public DeadlineBreachOptions DeadlineBreach { get; init; } = DeadlineBreachOptions.Default;

    /// <summary>The suppression detector's parameters.</summary>
    public SuppressionOptions Suppression { get; init; } = SuppressionOptions.Default;

    /// <summary>The inconsistency detector's parameters.</summary>
    public InconsistencyOptions Inconsistency { get; init; } = InconsistencyOptions.Default;

    /// <summary>What dataset ids mean.</summary>
    public DatasetConventions Conventions { get; init; } = DatasetConventions.Default;

    /// <summary>Runs every detector.</summary>
    /// <param name="observations">The figures, in any order; the latest revision of each.</param>
    /// <param name="context">Rules, events and capacities.</param>
    /// <returns>The findings ordered by severity (highest first), those bearing on a rule first, then period (latest first), then detector and series.</returns>
    public IReadOnlyList<Finding> Scan(IReadOnlyList<Observation> observations, DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = SeriesIndex.Build(observations);
        var fc = new FindingContext(context, Conventions);
        var found = new List<Finding>();
        SurgeDetector.Detect(index, fc, Surge, found);
        PretextShiftDetector.Detect(index, fc, PretextShift, found);
        DeadlineBreachDetector.Detect(index, fc, DeadlineBreach, found);
        SuppressionDetector.Detect(index, fc, Suppression, found);
        InconsistencyDetector.Detect(index, fc, Inconsistency, found);
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
