using System.Text;
using Flowwatch.Model;
using nietras.SeparatedValues;

namespace Flowwatch.Sources;

/// <summary>
/// Reads the Flowwatch tidy CSV (docs/formats.md): one figure a row, with the columns
/// <c>dataset,reporter,partner,breakdown,period,value</c> and optionally <c>flag,sources,note,urls,publisher</c>; and,
/// by the same rules, Flowwatch's own dataflow as SDMX-CSV 2.0 (<see cref="ForSdmxCsv"/>: what
/// <c>series --format sdmx-csv</c> writes).
/// </summary>
/// <remarks>Invariant culture: a dot is the decimal separator and there are no thousands separators.</remarks>
public sealed class TidyCsvReader : IObservationReader
{
    private const int MaxDiagnostics = 200;
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
        string head = Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 300)).TrimStart('\uFEFF');
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
        var diagnostics = new List<Diagnostic>();
        var document = new SourceDocument(file.Sha256, file.Name, Format, DefaultPublisher, null);

        // The notes of the tidy CSV may span lines when quoted; each such field is named in a warning.
        var shape = new DiagnosticSink(file.Name);
        bool parseable = CsvText.TryOpen(file, shape, new CsvLayout(MultiLineFieldsUpTo: int.MaxValue), out SepReader? opened);
        diagnostics.AddRange(shape.Items);
        if (!parseable)
        {
            return new ReadResult(document, [], diagnostics);
        }

        using SepReader reader = opened!;
        var header = reader.Header;
        var cols = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in _layout.Required)
        {
            if (header.TryIndexOf(name, out int index))
            {
                cols[name] = index;
            }
            else
            {
                diagnostics.Add(Error(file, SourceMessages.MissingColumnCode, "line 1", SourceMessages.MissingColumn(name, header.ColNames)));
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new ReadResult(document, [], diagnostics);
        }

        int flagCol = header.TryIndexOf(_layout.Flag, out int f) ? f : -1;
        int sourcesCol = !_layout.IsSdmx && header.TryIndexOf("sources", out int s) ? s : -1;
        int noteCol = !_layout.IsSdmx && header.TryIndexOf("note", out int n) ? n : -1;
        int urlsCol = !_layout.IsSdmx && header.TryIndexOf("urls", out int u) ? u : -1;
        int publisherCol = !_layout.IsSdmx && header.TryIndexOf("publisher", out int p) ? p : -1;
        int structureCol = _layout.IsSdmx ? cols["STRUCTURE"] : -1;
        int structureIdCol = _layout.IsSdmx ? cols["STRUCTURE_ID"] : -1;
        int actionCol = _layout.IsSdmx && header.TryIndexOf("ACTION", out int a) ? a : -1;
        int width = header.ColNames.Count;

        var observations = new List<Observation>(Math.Min(file.Bytes.Length / 40, 50_000_000));

        // Hot path: a million rows share a few thousand series and citation lists. Each distinct cell text
        // is parsed once and found again by span, and duplicates are found by (series index, period) as a long.
        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyLookup = keyIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new List<SeriesKey>();
        var seen = new Dictionary<long, int>(Math.Min(file.Bytes.Length / 48, 20_000_000));
        var keyDocuments = new List<SourceDocument>();
        var keyUnits = new List<FigureUnit>();
        var citationSets = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        var citationLookup = citationSets.GetAlternateLookup<ReadOnlySpan<char>>();
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        char[] buffer = new char[256];
        int c0 = cols[_layout.Dataset], c1 = cols[_layout.Reporter], c2 = cols[_layout.Partner], c3 = cols[_layout.Breakdown], c4 = cols[_layout.Period], c5 = cols[_layout.Value];
        int errors = 0;

        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != width)
            {
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                Add(SourceMessages.RowShapeCode, line, SourceMessages.RowShape(row.ColCount, width));
                continue;
            }

            int before = errors;
            if (_layout.IsSdmx && !IsOwnStructure(row, line))
            {
                continue;
            }

            int keyNumber = KeyNumber(row, line);
            SeriesKey key = keyNumber >= 0 ? keys[keyNumber] : default;
            if (!_layout.TryPeriod(row[c4].Span, out Period period))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Period, row[c4].ToString(), _layout.PeriodExpected));
            }

            if (!TryParseValue(row[c5].Span, out decimal value))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Value, row[c5].ToString(), "a non-negative number written as " + NumberGrammar.Plain.Name));
            }
            else if (keyNumber >= 0 && !keyUnits[keyNumber].Holds(value))
            {
                Add(SourceMessages.NotACountCode, line, SourceMessages.NotAFigure($"column '{_layout.Value}'", row[c5].ToString(), keyUnits[keyNumber].Expected));
            }

            ObservationFlag flag = ObservationFlag.AsPublished;
            if (flagCol >= 0 && !ObservationFlags.TryParse(row[flagCol].Span, out flag))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Flag, row[flagCol].ToString(), "empty, approximate, lower_bound or derived"));
            }

            IReadOnlyList<Citation> citations = sourcesCol >= 0 || urlsCol >= 0
                ? CitationsOf(sourcesCol >= 0 ? Restored(row[sourcesCol].Span) : default, urlsCol >= 0 ? Restored(row[urlsCol].Span) : default, line)
                : [];

            if (errors > before)
            {
                continue;
            }

            long figure = ((long)keyNumber << 32) | (uint)((period.Year * 1000) + ((int)period.Kind * 100) + period.Index);
            if (!seen.TryAdd(figure, line))
            {
                Add(SourceMessages.DuplicateCode, line, SourceMessages.Duplicate(key.ToString(), period.ToString(), seen[figure]));
                continue;
            }

            SourceDocument doc = keyDocuments[keyNumber];
            if (publisherCol >= 0 && row[publisherCol].Span.Length > 0)
            {
                doc = DocumentFor(SpreadsheetText.Restore(row[publisherCol].ToString()));
            }
            else if (citations.Count == 0)
            {
                // A figure entered by hand that cites no report is the file's own: naming the statistic's
                // publisher (the FSB) would credit it with a number it never printed here.
                doc = DocumentFor(SourceMessages.OwnFigures(file.Name));
            }

            string? note = noteCol >= 0 && row[noteCol].Span.Length > 0 ? SpreadsheetText.Restore(row[noteCol].ToString()) : null;
            observations.Add(new Observation(key, period, value, flag, new Provenance(doc, SourceLocator.AtLine(line), citations), note));
        }

        if (errors == 0 && observations.Count == 0)
        {
            diagnostics.Add(Error(file, SourceMessages.NoRowsCode, "", SourceMessages.NoRows));
        }

        // The file's publisher is its figures' publishers together; each figure keeps its own.
        if (documents.Count > 0)
        {
            document = document with { Publisher = string.Join("; ", documents.Keys) };
        }

        return new ReadResult(document, observations, diagnostics);

        void Add(string code, int line, string message)
        {
            errors++;
            if (diagnostics.Count < MaxDiagnostics)
            {
                diagnostics.Add(Error(file, code, SourceLocator.AtLine(line).ToString(), message));
            }
            else if (diagnostics.Count == MaxDiagnostics)
            {
                diagnostics.Add(Error(file, SourceMessages.TooManyCode, "", SourceMessages.TooMany(MaxDiagnostics)));
            }
        }

        // Every row of Flowwatch's dataflow names it: a row of another structure, or an action that deletes or replaces,
        // is not a figure Flowwatch can take.
        bool IsOwnStructure(SepReader.Row row, int line)
        {
            if (!row[structureCol].Span.Equals("dataflow", StringComparison.OrdinalIgnoreCase)
                || !row[structureIdCol].Span.StartsWith(FlowwatchDataflow.ReferencePrefix, StringComparison.Ordinal)
                || row[structureIdCol].Span[^1] != ')')
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell("STRUCTURE_ID", row[structureIdCol].ToString(), $"dataflow {FlowwatchDataflow.Reference} (Flowwatch's own dataflow, any 1.x)"));
                return false;
            }

            if (actionCol >= 0 && row[actionCol].Span is { Length: > 0 } action && !action.Equals("I", StringComparison.Ordinal) && !action.Equals("A", StringComparison.Ordinal))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell("ACTION", row[actionCol].ToString(), "I (information) or A (append): Flowwatch adds figures, it does not delete or replace them"));
                return false;
            }

            return true;
        }

        ReadOnlySpan<char> Joined(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
        {
            int length = a.Length + b.Length + c.Length + d.Length + 3;
            if (buffer.Length < length)
            {
                buffer = new char[length * 2];
            }

            Span<char> span = buffer;
            a.CopyTo(span);
            int at = a.Length;
            span[at++] = '\u001F';
            b.CopyTo(span[at..]);
            at += b.Length;
            span[at++] = '\u001F';
            c.CopyTo(span[at..]);
            at += c.Length;
            span[at++] = '\u001F';
            d.CopyTo(span[at..]);
            return span[..length];
        }

        // The file's document, or one per publisher that the dataset catalog names.
        SourceDocument DocumentFor(string? publisher)
        {
            if (publisher is null)
            {
                return document;
            }

            if (!documents.TryGetValue(publisher, out SourceDocument? doc))
            {
                doc = document with { Publisher = publisher };
                documents.Add(publisher, doc);
            }

            return doc;
        }

        int KeyNumber(SepReader.Row row, int line)
        {
            ReadOnlySpan<char> text = Joined(row[c0].Span, row[c1].Span, row[c2].Span, row[c3].Span);
            if (keyLookup.TryGetValue(text, out int number))
            {
                return number;
            }

            int dc = c0, rc = c1, pc = c2, bc = c3;

            bool ok = true;
            if (!DatasetId.TryParse(row[dc].Span, out DatasetId dataset))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Dataset, row[dc].ToString(), "a dataset id of lower-case letters, digits, '-' and '_'"));
                ok = false;
            }

            if (!Country.TryParse(row[rc].Span, out Country reporter))
            {
                Add(SourceMessages.UnknownCountryCode, line, SourceMessages.BadCell(_layout.Reporter, row[rc].ToString(), "an ISO 3166-1 alpha-2 code such as RU"));
                ok = false;
            }

            if (!Country.TryParse(row[pc].Span, out Country partner))
            {
                Add(SourceMessages.UnknownCountryCode, line, SourceMessages.BadCell(_layout.Partner, row[pc].ToString(), "an ISO 3166-1 alpha-2 code such as KP"));
                ok = false;
            }

            if (!Breakdown.TryParse(row[bc].Span, out Breakdown breakdown))
            {
                Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Breakdown, row[bc].ToString(), "a category such as total, study, air or tourist"));
                ok = false;
            }
            DatasetInfo? info = null;
            if (ok && !_datasets.TryGet(dataset, out info))
            {
                // Swapped header names put breakdowns or periods here: the catalogue catches them.
                Add(SourceMessages.UnknownDatasetCode, line, SourceMessages.UnknownDataset(row[dc].ToString(), _datasets.All.Select(d => d.Id.Id)));
                ok = false;
            }
            else if (ok && info!.IsByPurpose && breakdown.AsPurpose is null)
            {
                Add(SourceMessages.UnknownPurposeCode, line, SourceMessages.BadCell(_layout.Breakdown, row[bc].ToString(), "a purpose: " + string.Join(", ", PurposeCodes.All)));
                ok = false;
            }
            else if (ok && info!.IsTotalOnly && breakdown != Breakdown.Total)
            {
                Add(SourceMessages.UnknownDatasetCode, line, SourceMessages.BreakdownNotOfKind(row[bc].ToString(), dataset.Id, "breakdown", [Breakdown.Total.Code]));
                ok = false;
            }

            if (!ok)
            {
                return -1;
            }

            keys.Add(new SeriesKey(dataset, reporter, partner, breakdown));
            keyUnits.Add(FigureUnit.Of(info!));
            keyDocuments.Add(DocumentFor(info!.Publisher));
            keyIndex.Add(text.ToString(), keys.Count - 1);
            return keys.Count - 1;
        }

        IReadOnlyList<Citation> CitationsOf(ReadOnlySpan<char> idCell, ReadOnlySpan<char> urlCell, int line)
        {
            ReadOnlySpan<char> cacheKey = Joined(idCell, urlCell, default, default);
            if (citationLookup.TryGetValue(cacheKey, out IReadOnlyList<Citation>? cached))
            {
                return cached;
            }

            string key = cacheKey.ToString();
            string ids = idCell.ToString();
            string urls = urlCell.ToString();

            var list = new List<Citation>();
            var urlList = urls.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (_catalog.TryGet(id, out Citation citation))
                {
                    list.Add(citation);
                }
                else
                {
                    // An id that no list resolves is a mistake to report, never a citation to invent.
                    Add(SourceMessages.UnknownCitationCode, line, _catalog.Count > 0 ? SourceMessages.UnknownCitation(id) : SourceMessages.UnknownCitationNoList(id));
                }
            }

            // URLs the row names that no citation carries are kept as citations of their own.
            foreach (string url in urlList)
            {
                if (!list.Any(c => string.Equals(c.Url, url, StringComparison.Ordinal)))
                {
                    list.Add(new Citation("", "", "", url));
                }
            }

            IReadOnlyList<Citation> result = list.ToArray();
            citationSets[key] = result;
            return result;
        }
    }

    // Text Flowwatch wrote kept from spreadsheets ('=...) is read back as it was (SpreadsheetText); the cells that need it
    // are rare, so the span is only copied when it starts with an apostrophe.
    private static ReadOnlySpan<char> Restored(ReadOnlySpan<char> cell) =>
        cell.Length > 1 && cell[0] == '\'' ? SpreadsheetText.Restore(cell.ToString()).AsSpan() : cell;

    // Whole counts are nearly every value: read their digits directly, and leave the rest to the format's grammar.
    private static bool TryParseValue(ReadOnlySpan<char> text, out decimal value)
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

    private static Diagnostic Error(SourceFile file, string code, string location, string message) =>
        new(DiagnosticSeverity.Error, code, file.Name, location, message);
}
