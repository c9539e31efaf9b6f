using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Application;

/// <summary>
/// The detectors as the command and the web run them: their defaults, with what they need to know of each dataset
/// taken from the dataset catalogue (<c>data/datasets.csv</c>): its unit (so that a dataset in thousands is weighed
/// in units), its publisher family, the whole it breaks down, whether its partner is a destination, and the purpose
/// it counts. A dataset not in the catalogue (a benchmark's synthetic one) keeps the default conventions.
/// </summary>
public static class CataloguedDetection
{
    /// <summary>The detector suite with the catalogue's units.</summary>
    public static DetectorSuite Suite { get; } = DetectorSuite.Default with
    {
        Conventions = DetectorSuite.Default.Conventions with
        {
            UnitSize = UnitSize,
            Publisher = d => Catalogued(d)?.Family is { Length: > 0 } family ? family : DatasetConventions.Default.Publisher(d),
            Whole = d => Catalogued(d)?.Whole is { Length: > 0 } whole ? whole : DatasetConventions.Default.Whole(d),
            PartnerIsDestination = d => Catalogued(d)?.PartnerIsDestination ?? DatasetConventions.Default.PartnerIsDestination(d),
            DatasetPurpose = d => Catalogued(d) is { } info ? info.CountsPurpose : DatasetConventions.Default.DatasetPurpose(d),
        },
    };

    /// <summary>How many units a figure of the dataset stands for, from the first word of its catalogued unit: 1000 for
    /// "thousand ...", 1,000,000 for "million ...", 1 otherwise and for a dataset not in the catalogue.</summary>
    public static decimal UnitSize(DatasetId dataset) =>
        !DatasetCatalog.Bundled.TryGet(dataset, out DatasetInfo info) ? 1
        : info.Unit.StartsWith("thousand", StringComparison.Ordinal) ? 1_000
        : info.Unit.StartsWith("million", StringComparison.Ordinal) ? 1_000_000
        : 1;

    private static DatasetInfo? Catalogued(DatasetId dataset) =>
        DatasetCatalog.Bundled.TryGet(dataset, out DatasetInfo info) ? info : null;
}
