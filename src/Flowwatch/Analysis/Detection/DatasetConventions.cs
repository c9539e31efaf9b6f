using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// What the detectors and their words need to know about a dataset, as the dataset catalogue (<c>data/datasets.csv</c>)
/// states it: whether the partner is a nationality or a destination, who publishes it, what whole-table it breaks
/// down, the purpose it counts, its unit, whether its figures add up over periods, and how a sentence names them.
/// Nothing is guessed from a dataset's id: a dataset the catalogue does not hold (a benchmark's synthetic one) is a
/// flow in units, of its own publisher and whole, whose partner is a nationality, named by its id. Each answer can
/// be replaced (<c>with</c>) for a test or another catalogue.
/// </summary>
public sealed record DatasetConventions
{
    /// <summary>The conventions of the bundled catalogue.</summary>
    public static DatasetConventions Default { get; } = From(DatasetCatalog.Bundled);

    /// <summary>The conventions a catalogue states.</summary>
    /// <param name="catalog">The datasets and what they mean.</param>
    public static DatasetConventions From(DatasetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        DatasetInfo? Info(DatasetId d) => catalog.TryGet(d, out DatasetInfo info) ? info : null;
        return new DatasetConventions
        {
            Catalogued = Info,
            PartnerIsDestination = d => Info(d)?.PartnerIsDestination ?? false,
            Publisher = d => Info(d)?.Family is { Length: > 0 } family ? family : d.Id,
            Whole = d => Info(d)?.Whole is { Length: > 0 } whole ? whole : d.Id,
            DatasetPurpose = d => Info(d)?.CountsPurpose,
            UnitSize = d => Info(d)?.UnitSize ?? 1,
            IsAdditive = d => Info(d)?.IsAdditive ?? true,
        };
    }

    /// <summary>The catalogue's entry for a dataset, or null when it has none.</summary>
    public Func<DatasetId, DatasetInfo?> Catalogued { get; init; } = _ => null;

    /// <summary>
    /// Whether the partner is the destination of trips (exits of Russians to the DPRK) rather than the
    /// nationality counted; rules on nationals then do not apply.
    /// </summary>
    public Func<DatasetId, bool> PartnerIsDestination { get; init; } = _ => false;

    /// <summary>The publisher family of a dataset, within which publication frontiers are compared (<c>ru-fsb</c>).</summary>
    public Func<DatasetId, string> Publisher { get; init; } = d => d.Id;

    /// <summary>
    /// The whole of which a dataset is one breakdown: datasets with the same whole break down the same
    /// totals (<c>ru-fsb-entries</c> for both entries by purpose and by mode).
    /// </summary>
    public Func<DatasetId, string> Whole { get; init; } = d => d.Id;

    /// <summary>
    /// The purpose a dataset counts as a whole, where its breakdown is not a purpose: workers present
    /// (<c>dprk-workers-in-russia-stock</c>) count <see cref="Purpose.Work"/>.
    /// </summary>
    public Func<DatasetId, Purpose?> DatasetPurpose { get; init; } = _ => null;

    /// <summary>
    /// How many units one figure of a dataset stands for: 1000 for a dataset published in thousands (Rosstat's
    /// trips), 1 by default. The surge detector weighs counts and excesses in units, so that its thresholds (20, 50, 200
    /// persons) and its Poisson score mean the same for every dataset; figures are reported as published.
    /// </summary>
    public Func<DatasetId, decimal> UnitSize { get; init; } = _ => 1;

    /// <summary>Whether a dataset's figures of shorter periods add up to longer ones: true for flows, false for stocks and changes.</summary>
    public Func<DatasetId, bool> IsAdditive { get; init; } = _ => true;

    /// <summary>The purpose a series counts: its breakdown where that is a purpose (visa type <c>work</c> too), else the dataset's.</summary>
    public Purpose? PurposeOf(SeriesKey key) =>
        key.Breakdown == Breakdown.Total ? DatasetPurpose(key.Dataset) ?? Purpose.Total : key.Breakdown.AsPurpose;
}
