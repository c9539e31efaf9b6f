using System.Globalization;
using System.Text;
using Flowwatch.Model;
using nietras.SeparatedValues;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The datasets a claim can speak of, read from data rather than fixed in the grammar: the dataset catalogue
/// (<c>data/datasets.csv</c>: each dataset's breakdown) and <c>data/dataset-words.csv</c> (per dataset: which countries
/// report it, which of the grammar's word classes name it, and words of its own in each language).
/// </summary>
internal sealed class ClaimCatalogue
{
    private const string WordsFile = "data/dataset-words.csv";
    private static readonly Lazy<ClaimCatalogue> LazyDefault = new(() => Parse(Read("bundled/datasets.csv"), Read("bundled/dataset-words.csv")));

    private readonly Dictionary<LexKind, List<DatasetId>> _byClass = [];
    private readonly Dictionary<DatasetId, string> _breakdowns = [];
    private readonly Dictionary<DatasetId, Purpose> _purposes = [];
    private readonly Dictionary<DatasetId, HashSet<Country>?> _reporters = [];
    private readonly HashSet<Country> _fixedReporters = [];
    private readonly List<(DatasetId Dataset, string Language, string Form)> _names = [];
    private readonly List<(DatasetId Dataset, string Language, string Form)> _publishers = [];

    private ClaimCatalogue()
    {
    }

    /// <summary>The catalogue built into the library.</summary>
    public static ClaimCatalogue Default => LazyDefault.Value;

    /// <summary>Countries that report some dataset by name (the FSB's Russia): named in a sentence, they are where, not who.</summary>
    public IReadOnlySet<Country> FixedReporters => _fixedReporters;

    /// <summary>The first dataset that a word class of the grammar names (entries, visas, workers present, the reporter's citizens abroad).</summary>
    public DatasetId? ForClass(LexKind kind) => _byClass.TryGetValue(kind, out List<DatasetId>? ids) ? ids[0] : null;

    /// <summary>
    /// Every dataset a word class names, in the order the words file lists them: "visas" are the MVD's by type, the
    /// consulates', the MVD's release; which one a sentence means is for its other words and the figures to decide.
    /// </summary>
    public IReadOnlyList<DatasetId> DatasetsFor(LexKind kind) => _byClass.TryGetValue(kind, out List<DatasetId>? ids) ? ids : [];

    /// <summary>True when a word class names the dataset.</summary>
    public bool Is(DatasetId dataset, LexKind kind) => _byClass.TryGetValue(kind, out List<DatasetId>? ids) && ids.Contains(dataset);

    /// <summary>The purpose a dataset counts as a whole (tourist trips count tourism), from the catalogue's purpose column.</summary>
    public Purpose? PurposeOf(DatasetId dataset) => _purposes.TryGetValue(dataset, out Purpose p) ? p : null;

    /// <summary>How the dataset breaks its figures down ("purpose", "visa type", "total"), from the catalogue.</summary>
    public string BreakdownOf(DatasetId dataset) => _breakdowns.GetValueOrDefault(dataset, "total");

    /// <summary>True when the country may report the dataset (a dataset listed with '*' may be reported by any).</summary>
    public bool MayReport(DatasetId dataset, Country country) =>
        !_reporters.TryGetValue(dataset, out HashSet<Country>? set) || set is null || set.Contains(country);

    /// <summary>The words of a language that name a dataset by themselves ("residence permits").</summary>
    public IEnumerable<(DatasetId Dataset, string Form)> NamesIn(string language)
    {
        foreach ((DatasetId dataset, string lang, string form) in _names)
        {
            if (lang == "*" || lang == language)
            {
                yield return (dataset, form);
            }
        }
    }

    /// <summary>The words of a language that name a dataset's publisher ("Росстат"): cited, they license its measures.</summary>
    public IEnumerable<(DatasetId Dataset, string Form)> PublishersIn(string language)
    {
        foreach ((DatasetId dataset, string lang, string form) in _publishers)
        {
            if (lang == "*" || lang == language)
            {
                yield return (dataset, form);
            }
        }
    }

    /// <summary>Reads the catalogue from the text of its two files.</summary>
    /// <exception cref="InvalidDataException">A row of either file is not what it should be (the message names file and line).</exception>
    public static ClaimCatalogue Parse(string datasetsCsv, string wordsCsv)
    {
        var catalogue = new ClaimCatalogue();
        using (SepReader datasets = Sep.Reader(o => o with { Unescape = true }).FromText(datasetsCsv))
        {
            foreach (SepReader.Row row in datasets)
            {
                var id = DatasetId.Parse(row["dataset"].Span);
                catalogue._breakdowns[id] = row["breakdown"].ToString().Trim();
                if (datasets.Header.TryIndexOf("purpose", out int purposeColumn) && PurposeCodes.TryParse(row[purposeColumn].Span.Trim(), out Purpose purpose))
                {
                    catalogue._purposes[id] = purpose;
                }
            }
        }

        using SepReader words = Sep.Reader(o => o with { Unescape = true }).FromText(wordsCsv);
        foreach (SepReader.Row row in words)
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"{WordsFile} line {row.LineNumberFrom}");
            string id = row["dataset"].ToString().Trim();
            string language = row["language"].ToString().Trim();
            string kind = row["kind"].ToString().Trim();
            string[] forms = row["words"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!catalogue._breakdowns.ContainsKey(DatasetId.Parse(id)))
            {
                throw new InvalidDataException($"{where}: expected a dataset of data/datasets.csv, found \"{id}\"");
            }

            var dataset = DatasetId.Parse(id);
            switch (kind)
            {
                case "Reporter":
                    catalogue.AddReporters(dataset, forms, where);
                    break;
                case "Name":
                    catalogue._names.AddRange(forms.Select(f => (dataset, language, f)));
                    break;
                case "Publisher":
                    catalogue._publishers.AddRange(forms.Select(f => (dataset, language, f)));
                    break;
                case nameof(LexKind.Entry) or nameof(LexKind.Visa) or nameof(LexKind.Worker) or nameof(LexKind.Russians):
                    // Every dataset listed for a word class is one its words may name; the first is the likeliest.
                    LexKind wordClass = Enum.Parse<LexKind>(kind);
                    if (!catalogue._byClass.TryGetValue(wordClass, out List<DatasetId>? list))
                    {
                        list = [];
                        catalogue._byClass[wordClass] = list;
                    }

                    list.Add(dataset);
                    break;
                default:
                    throw new InvalidDataException($"{where}: expected the kind Reporter, Name, Publisher, Entry, Visa, Worker or Russians, found \"{kind}\"");
            }
        }

        return catalogue;
    }

    private void AddReporters(DatasetId dataset, string[] codes, string where)
    {
        if (codes is ["*"])
        {
            _reporters[dataset] = null;
            return;
        }

        var set = new HashSet<Country>();
        foreach (string code in codes)
        {
            if (!Country.TryParse(code, out Country country))
            {
                throw new InvalidDataException($"{where}: expected country codes (RU) or '*', found \"{code}\"");
            }

            set.Add(country);
            _fixedReporters.Add(country);
        }

        _reporters[dataset] = set;
    }

    private static string Read(string resource)
    {
        using Stream stream = typeof(ClaimCatalogue).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
