using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.RussianTables;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Mvd;

/// <summary>
/// The column groups of the MVD release «Отдельные показатели миграционной ситуации» as data
/// (<c>data/labels/mvd-columns.csv</c>): a column's lowest printed label, and a label printed above it, name the
/// dataset and breakdown its figures go to.
/// </summary>
internal sealed class MvdColumnMap
{
    private static readonly Lazy<MvdColumnMap> LazyDefault = new(() => Parse(EmbeddedText.Read("labels/mvd-columns.csv")));

    private readonly List<(string Within, string Label, DatasetId Dataset, Breakdown Breakdown)> _entries;

    private MvdColumnMap(List<(string, string, DatasetId, Breakdown)> entries) => _entries = entries;

    public static MvdColumnMap Default => LazyDefault.Value;

    /// <summary>The printed labels the map knows, for messages.</summary>
    public IEnumerable<string> Labels => _entries.Select(e => e.Label);

    /// <summary>The dataset and breakdown of a column, from its labels top to bottom (normalised by <see cref="HeaderText"/>).</summary>
    public bool TryMap(IReadOnlyList<string> path, out DatasetId dataset, out Breakdown breakdown)
    {
        dataset = default;
        breakdown = default;
        if (path.Count == 0)
        {
            return false;
        }

        string leaf = path[^1];
        foreach ((string within, string label, DatasetId d, Breakdown b) in _entries)
        {
            if (HeaderText.Matches(leaf, label) && (within.Length == 0 || path.Take(path.Count - 1).Any(p => HeaderText.Matches(p, within))))
            {
                dataset = d;
                breakdown = b;
                return true;
            }
        }

        return false;
    }

    public static MvdColumnMap Parse(string csv)
    {
        var entries = new List<(string, string, DatasetId, Breakdown)>();
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(csv);
        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            if (!DatasetId.TryParse(row["dataset"].Span, out DatasetId dataset) || !Breakdown.TryParse(row["breakdown"].Span, out Breakdown breakdown))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"mvd-columns.csv, line {line}: '{row["dataset"].ToString()}' / '{row["breakdown"].ToString()}' is not a dataset id and breakdown."));
            }

            entries.Add((HeaderText.Normalize(row["within"].ToString()), HeaderText.Normalize(row["label"].ToString()), dataset, breakdown));
        }

        return new MvdColumnMap(entries);
    }
}
