using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.TidyCsv;

/// <summary>
/// Reads the Flowwatch tidy CSV (docs/formats.md): one figure a row, with the columns
/// <c>dataset,reporter,partner,breakdown,period,value</c> and optionally <c>flag,sources,note,urls,publisher</c>; and,
/// by the same rules, Flowwatch's own dataflow as SDMX-CSV 2.0 (<see cref="ForSdmxCsv"/>: what
/// <c>series --format sdmx-csv</c> writes).
/// </summary>
/// <remarks>Invariant culture: a dot is the decimal separator and there are no thousands separators.</remarks>
public sealed class TidyCsvReader : IStreamingObservationReader
{
    private readonly CitationCatalog _catalog;
    private readonly DatasetCatalog _datasets;
    private readonly TidyLayout _layout;

    /// <summary>A reader that resolves citation ids through <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The citation list beside the file.</param>
    /// <param name="datasets">The datasets a file may hold figures of; <see cref="DatasetCatalog.Bundled"/> by default.</param>
    public TidyCsvReader(CitationCatalog? catalog = null, DatasetCatalog? datasets = null)
        : this(catalog, datasets, TidyLayout.Tidy)
    {
    }

    private TidyCsvReader(CitationCatalog? catalog, DatasetCatalog? datasets, TidyLayout layout)
    {
        _catalog = catalog ?? CitationCatalog.Empty;
        _datasets = datasets ?? DatasetCatalog.Bundled;
        _layout = layout;
    }

    /// <inheritdoc/>
    public string Format => _layout.Format;

    /// <summary>
    /// A reader of Flowwatch's own dataflow (<see cref="FlowwatchDataflow"/>) as SDMX-CSV 2.0: the columns
    /// <c>STRUCTURE,STRUCTURE_ID,ACTION,DATASET,REPORTER,PARTNER,BREAKDOWN,TIME_PERIOD,OBS_VALUE,OBS_FLAG</c>, every row's
    /// structure <c>dataflow</c> and <see cref="FlowwatchDataflow.Reference"/> (any 1.x), its action I, A or none.
    /// </summary>
    public static TidyCsvReader ForSdmxCsv(DatasetCatalog? datasets = null) => new(CitationCatalog.Empty, datasets, TidyLayout.SdmxCsv);

    /// <summary>The publisher recorded when neither the file nor the dataset catalog names one.</summary>
    public static string DefaultPublisher => "unknown (see the citations)";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string head = Encoding.UTF8.GetString(file.Head.Span[..Math.Min(file.Head.Length, 300)]).TrimStart('\uFEFF');
        int end = head.IndexOfAny(['\r', '\n']);
        string header = end >= 0 ? head[..end] : head;
        var cols = header.Split(',').Select(c => c.Trim().Trim('"')).ToList();

        // SDMX-CSV's first column is always STRUCTURE (a Eurostat file has it too, with lower-case dimensions).
        return (!_layout.IsSdmx || (cols.Count > 0 && cols[0].StartsWith("STRUCTURE", StringComparison.Ordinal))) && _layout.Required.All(cols.Contains);
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var read = new TidyCsvRead(file, _layout, _catalog, _datasets, streamed: false);
        var observations = new List<Observation>((int)Math.Min(file.Length / 40, 50_000_000));
        foreach (IReadOnlyList<Observation> batch in read.Batches)
        {
            observations.AddRange(batch);
        }

        return new ReadResult(read.Document, observations, read.Diagnostics);
    }

    /// <inheritdoc/>
    public FigureStream Open(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new TidyCsvRead(file, _layout, _catalog, _datasets, streamed: true);
    }

    // Text Flowwatch wrote kept from spreadsheets ('=...) is read back as it was (SpreadsheetText); the cells that need it
    // are rare, so the span is only copied when it starts with an apostrophe.
    internal static ReadOnlySpan<char> Restored(ReadOnlySpan<char> cell) =>
        cell.Length > 1 && cell[0] == '\'' ? SpreadsheetText.Restore(cell.ToString()).AsSpan() : cell;

    // Whole counts are nearly every value: read their digits directly, and leave the rest to the format's grammar.
    internal static bool TryParseValue(ReadOnlySpan<char> text, out decimal value)
    {
        if (text.Length is > 0 and <= 18 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            long whole = 0;
            foreach (char c in text)
            {
                whole = (whole * 10) + (c - '0');
            }

            value = whole;
            return true;
        }

        return NumberGrammar.Plain.TryParse(text, out value);
    }

    internal static Diagnostic Error(SourceFile file, string code, string location, string message) =>
        new(DiagnosticSeverity.Error, code, file.Name, location, message);
}
