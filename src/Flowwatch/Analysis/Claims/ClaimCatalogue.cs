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

    private readonly Dictionary<LexKind, DatasetId> _byClass = [];
    private readonly Dictionary<DatasetId, string> _breakdowns = [];
    private readonly Dictionary<DatasetId, HashSet<Country>?> _reporters = [];
    private readonly HashSet<Country> _fixedReporters = [];
    private readonly List<(DatasetId Dataset, string Language, string Form)> _names = [];

    private ClaimCatalogue()
    {
    }

    /// <summary>The catalogue built into the library.</summary>
    public static ClaimCatalogue Default => LazyDefault.Value;

    /// <summary>Countries that report some dataset by name (the FSB's Russia): named in a sentence, they are where, not who.</summary>
    public IReadOnlySet<Country> FixedReporters => _fixedReporters;

    /// <summary>The dataset that a word class of the grammar names (entries, visas, workers present, the reporter's citizens abroad).</summary>
    public DatasetId? ForClass(LexKind kind) => _byClass.TryGetValue(kind, out DatasetId id) ? id : null;

    /// <summary>True when the dataset is the one a word class names.</summary>
    public bool Is(DatasetId dataset, LexKind kind) => _byClass.TryGetValue(kind, out DatasetId id) && id == dataset;

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

    /// <summary>Reads the catalogue from the text of its two files.</summary>
    /// <exception cref="InvalidDataException">A row of either file is not what it should be (the message names file and line).</exception>
    public static ClaimCatalogue Parse(string datasetsCsv, string wordsCsv)
    {
        var catalogue = new ClaimCatalogue();
        using (SepReader datasets = Sep.Reader(o => o with { Unescape = true }).FromText(datasetsCsv))
        {
            foreach (SepReader.Row row in datasets)
            {
                catalogue._breakdowns[DatasetId.Parse(row["dataset"].Span)] = row["breakdown"].ToString().Trim();
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
                case nameof(LexKind.Entry) or nameof(LexKind.Visa) or nameof(LexKind.Worker) or nameof(LexKind.Russians):
                    // The first dataset listed for a word class is the one its words name.
                    catalogue._byClass.TryAdd(Enum.Parse<LexKind>(kind), dataset);
                    break;
                default:
                    throw new InvalidDataException($"{where}: expected the kind Reporter, Name, Entry, Visa, Worker or Russians, found \"{kind}\"");
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
