using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Flowwatch.Model;

/// <summary>
/// What each known dataset is, described once (<c>data/datasets.csv</c>): its publisher, title, unit, breakdown kind,
/// publisher family and whole, whether its partner is a nationality or a destination, the purpose it counts, whether it
/// is a flow or a stock, whether its tables run from January, and how a sentence names its figures. Readers, detectors,
/// claims, charts and pages read it; no code guesses what a dataset means from its id.
/// </summary>
public sealed class DatasetCatalog
{
    private static readonly Lazy<DatasetCatalog> LazyBundled = new(LoadBundled);
    private readonly Dictionary<string, DatasetInfo> _byId;

    private DatasetCatalog(Dictionary<string, DatasetInfo> byId) => _byId = byId;

    /// <summary>The catalog that ships with Flowwatch.</summary>
    public static DatasetCatalog Bundled => LazyBundled.Value;

    /// <summary>Every dataset, in file order.</summary>
    public IEnumerable<DatasetInfo> All => _byId.Values;

    /// <summary>Looks a dataset up.</summary>
    public bool TryGet(DatasetId id, out DatasetInfo info) => _byId.TryGetValue(id.Id, out info!);

    /// <summary>The dataset's title, as pages, charts and reports name it; its id when the catalogue does not hold it.</summary>
    public string TitleOf(DatasetId id) => TryGet(id, out DatasetInfo info) ? info.Title : id.Id;

    /// <summary>The title of the dataset an id names (<see cref="TitleOf(DatasetId)"/>); the text itself when it is not a dataset id.</summary>
    public string TitleOf(string id) => DatasetId.TryParse(id.AsSpan(), out DatasetId d) ? TitleOf(d) : id;

    /// <summary>This catalogue with more datasets (a benchmark's synthetic dataset, a user's own), each refused if its id is already taken.</summary>
    /// <param name="datasets">The datasets to add.</param>
    /// <exception cref="ArgumentException">A dataset id is already in the catalogue.</exception>
    public DatasetCatalog With(params IEnumerable<DatasetInfo> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var byId = new Dictionary<string, DatasetInfo>(_byId, StringComparer.Ordinal);
        foreach (DatasetInfo info in datasets)
        {
            byId.Add(info.Id.Id, info);
        }

        return new DatasetCatalog(byId);
    }

    private static DatasetCatalog LoadBundled()
    {
        using Stream stream = typeof(DatasetCatalog).Assembly.GetManifestResourceStream("bundled/datasets.csv")
            ?? throw new InvalidOperationException("The resource bundled/datasets.csv is missing from the build.");
        using var text = new StreamReader(stream, Encoding.UTF8);
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).From(text);
        var byId = new Dictionary<string, DatasetInfo>(StringComparer.Ordinal);
        foreach (SepReader.Row row in reader)
        {
            string partner = row["partner"].ToString();
            string purpose = row["purpose"].ToString();
            var info = new DatasetInfo(DatasetId.Parse(row["dataset"].Span), row["publisher"].ToString(), row["title"].ToString(), row["unit"].ToString(), row["breakdown"].ToString())
            {
                Family = row["family"].ToString(),
                Whole = row["whole"].ToString(),
                PartnerIsDestination = partner switch
                {
                    "destination" => true,
                    "nationality" => false,
                    _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"bundled/datasets.csv line {row.LineNumberFrom}, column partner: expected nationality or destination, found '{partner}'.")),
                },
                Measure = row["measure"].ToString() switch
                {
                    "flow" => DatasetMeasure.Flow,
                    "stock" => DatasetMeasure.Stock,
                    "change" => DatasetMeasure.Change,
                    string other => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"bundled/datasets.csv line {row.LineNumberFrom}, column measure: expected flow, stock or change, found '{other}'.")),
                },
                YearToDate = row["year_to_date"].ToString() switch
                {
                    "yes" => true,
                    "no" => false,
                    string other => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"bundled/datasets.csv line {row.LineNumberFrom}, column year_to_date: expected yes or no, found '{other}'.")),
                },
                Phrase = row["phrase"].ToString(),
                CountsPurpose = purpose.Length == 0 ? null
                    : PurposeCodes.TryParse(purpose, out Purpose p) ? p
                    : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"bundled/datasets.csv line {row.LineNumberFrom}, column purpose: expected a purpose code or nothing, found '{purpose}'.")),
            };
            byId.Add(info.Id.Id, info);
        }

        return new DatasetCatalog(byId);
    }
}
