using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// What the detectors need to know about a dataset that its id tells by convention (docs/detectors.md):
/// whether the partner is a nationality or a destination, who publishes it, what whole-table it breaks
/// down, and whether it counts workers present. Replace any of them for other naming schemes.
/// </summary>
public sealed record DatasetConventions
{
    /// <summary>The conventions of the bundled and synthetic data.</summary>
    public static DatasetConventions Default { get; } = new();

    /// <summary>
    /// Whether the partner is the destination of trips (exits of Russians to the DPRK) rather than the
    /// nationality counted; rules on nationals then do not apply. Default: ids containing <c>exits</c> or <c>outbound</c> (Rosstat's trips of Russians abroad).
    /// </summary>
    public Func<DatasetId, bool> PartnerIsDestination { get; init; } = d => d.Id.Contains("exits", StringComparison.Ordinal) || d.Id.Contains("outbound", StringComparison.Ordinal);

    /// <summary>
    /// The publisher family of a dataset, within which publication frontiers are compared: default the
    /// first two '-'-separated tokens (<c>ru-fsb</c> for <c>ru-fsb-entries-by-purpose</c>).
    /// </summary>
    public Func<DatasetId, string> Publisher { get; init; } = d => Prefix(d.Id, 2);

    /// <summary>
    /// The whole of which a dataset is one breakdown: datasets with the same whole break down the same
    /// totals (<c>ru-fsb-entries</c> for both <c>-by-purpose</c> and <c>-by-mode</c>). Default: the id before <c>-by-</c>.
    /// </summary>
    public Func<DatasetId, string> Whole { get; init; } = d =>
    {
        int at = d.Id.IndexOf("-by-", StringComparison.Ordinal);
        return at > 0 ? d.Id[..at] : d.Id;
    };

    /// <summary>
    /// The purpose a dataset counts as a whole, where its breakdown is not a purpose: workers present
    /// (<c>dprk-workers-in-russia-stock</c>) count <see cref="Purpose.Work"/>. Default: ids containing
    /// <c>workers</c> and ending in <c>-stock</c>.
    /// </summary>
    public Func<DatasetId, Purpose?> DatasetPurpose { get; init; } = d =>
        d.Id.Contains("workers", StringComparison.Ordinal) && d.Id.EndsWith("-stock", StringComparison.Ordinal) ? Purpose.Work : null;

    /// <summary>
    /// How many units one figure of a dataset stands for: 1000 for a dataset published in thousands (Rosstat's
    /// trips), 1 by default. The surge detector weighs counts and excesses in units, so that its thresholds (20, 50, 200
    /// persons) and its Poisson score mean the same for every dataset; figures are reported as published.
    /// </summary>
    public Func<DatasetId, decimal> UnitSize { get; init; } = _ => 1;

    /// <summary>The purpose a series counts: its breakdown where that is a purpose (visa type <c>work</c> too), else the dataset's.</summary>
    public Purpose? PurposeOf(SeriesKey key) =>
        key.Breakdown == Breakdown.Total ? DatasetPurpose(key.Dataset) ?? Purpose.Total : key.Breakdown.AsPurpose;

    private static string Prefix(string id, int tokens)
    {
        int at = -1;
        for (int i = 0; i < tokens; i++)
        {
            int next = id.IndexOf('-', at + 1);
            if (next < 0)
            {
                return id;
            }

            at = next;
        }

        return id[..at];
    }
}
