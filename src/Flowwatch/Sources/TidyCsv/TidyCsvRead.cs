using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.TidyCsv;

/// <summary>
/// One read of a tidy CSV (or Flowwatch's SDMX-CSV), row by row, in batches: what <see cref="TidyCsvReader.Read"/>
/// gathers whole and what ingestion streams (<see cref="TidyCsvReader.Open"/>). Both go through the same rows, the same
/// checks and the same messages; memory follows the file's distinct series, citation lists and publishers, not its rows.
/// </summary>
/// <remarks>
/// A figure stated twice is found here only when the read is whole (a streamed file may have more figures than memory
/// should hold keys for): a streamed file's figures are written under the store's key, which finds them instead.
/// </remarks>
internal sealed class TidyCsvRead : FigureStream
{
    private const int MaxDiagnostics = 200;
    private const int BatchSize = 4096;

    private readonly SourceFile _file;
    private readonly TidyLayout _layout;
    private readonly CitationCatalog _catalog;
    private readonly DatasetCatalog _datasets;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SepReader? _reader;
    private readonly HashedStream? _bytes;

    // Hot path: a million rows share a few thousand series and citation lists. Each distinct cell text
    // is parsed once and found again by span, and duplicates are found by (series index, period) as a long.
    private readonly Dictionary<string, int> _keyIndex = new(StringComparer.Ordinal);
    private readonly List<SeriesKey> _keys = [];
    private readonly Dictionary<long, int>? _seen;
    private readonly List<SourceDocument> _keyDocuments = [];
    private readonly List<FigureUnit> _keyUnits = [];
    private readonly Dictionary<string, IReadOnlyList<Citation>> _citationSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _c0, _c1, _c2, _c3, _c4, _c5;
    private readonly int _flagCol, _sourcesCol, _noteCol, _urlsCol, _publisherCol, _structureCol, _structureIdCol, _actionCol, _width;
    private SourceDocument _document;
    private char[] _buffer = new char[256];
    private int _errors;
    private int _figures;
    private bool _read;

    public TidyCsvRead(SourceFile file, TidyLayout layout, CitationCatalog catalog, DatasetCatalog datasets, bool streamed)
    {
        _file = file;
        _layout = layout;
        _catalog = catalog;
        _datasets = datasets;
        _document = new SourceDocument(file.Sha256, file.Name, layout.Format, TidyCsvReader.DefaultPublisher, null);

        // The notes of the tidy CSV may span lines when quoted; each such field is named in a warning.
        var shape = new DiagnosticSink(file.Name);
        var csv = new CsvLayout(MultiLineFieldsUpTo: int.MaxValue);
        SepReader? opened;
        bool parseable = streamed
            ? CsvText.TryOpenStreamed(file, shape, csv, out opened, out _bytes)
            : CsvText.TryOpen(file, shape, csv, out opened);
        _diagnostics.AddRange(shape.Items);
        if (!parseable)
        {
            return;
        }

        _reader = opened!;
        var header = _reader.Header;
        var cols = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in _layout.Required)
        {
            if (header.TryIndexOf(name, out int index))
            {
                cols[name] = index;
            }
            else
            {
                _diagnostics.Add(TidyCsvReader.Error(file, SourceMessages.MissingColumnCode, "line 1", SourceMessages.MissingColumn(name, header.ColNames)));
            }
        }

        if (HasErrors)
        {
            return;
        }

        _flagCol = header.TryIndexOf(_layout.Flag, out int f) ? f : -1;
        _sourcesCol = !_layout.IsSdmx && header.TryIndexOf("sources", out int s) ? s : -1;
        _noteCol = !_layout.IsSdmx && header.TryIndexOf("note", out int n) ? n : -1;
        _urlsCol = !_layout.IsSdmx && header.TryIndexOf("urls", out int u) ? u : -1;
        _publisherCol = !_layout.IsSdmx && header.TryIndexOf("publisher", out int p) ? p : -1;
        _structureCol = _layout.IsSdmx ? cols["STRUCTURE"] : -1;
        _structureIdCol = _layout.IsSdmx ? cols["STRUCTURE_ID"] : -1;
        _actionCol = _layout.IsSdmx && header.TryIndexOf("ACTION", out int a) ? a : -1;
        _width = header.ColNames.Count;
        (_c0, _c1, _c2, _c3, _c4, _c5) = (cols[_layout.Dataset], cols[_layout.Reporter], cols[_layout.Partner], cols[_layout.Breakdown], cols[_layout.Period], cols[_layout.Value]);
        _seen = streamed ? null : new Dictionary<long, int>((int)Math.Min(file.Length / 48, 20_000_000));
    }

    /// <inheritdoc/>
    public override SourceDocument Document => _document;

    /// <inheritdoc/>
    public override IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <inheritdoc/>
    public override IEnumerable<IReadOnlyList<Observation>> Batches
    {
        get
        {
            if (_read)
            {
                throw new InvalidOperationException("A file's figures are read once.");
            }

            _read = true;
            return Read();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
            _bytes?.Dispose();
        }

        base.Dispose(disposing);
    }

    private IEnumerable<IReadOnlyList<Observation>> Read()
    {
        if (_reader is null || HasErrors)
        {
            yield break;
        }

        var batch = new List<Observation>(BatchSize);
        while (Fill(batch))
        {
            yield return batch;
            batch.Clear();
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }

        End();
    }

    // Reads rows into the batch until it is full (true) or the file ends (false).
    private bool Fill(List<Observation> batch)
    {
        while (_reader!.MoveNext())
        {
            if (Row(_reader.Current) is { } figure)
            {
                batch.Add(figure);
                if (batch.Count == BatchSize)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void End()
    {
        if (_bytes is not null && !_bytes.EndsAs(_file.Sha256))
        {
            // The bytes parsed are not the ones hashed: the file was written to meanwhile.
            _diagnostics.Add(TidyCsvReader.Error(_file, SourceMessages.CorruptCode, "", SourceMessages.FileChanged(_file.Name)));
        }

        if (_errors == 0 && _figures == 0)
        {
            _diagnostics.Add(TidyCsvReader.Error(_file, SourceMessages.NoRowsCode, "", SourceMessages.NoRows));
        }

        // The file's publisher is its figures' publishers together; each figure keeps its own.
        if (_documents.Count > 0)
        {
            _document = _document with { Publisher = string.Join("; ", _documents.Keys) };
        }
    }

    // The row's figure, or null when the row has an error (reported) or is blank.
    private Observation? Row(SepReader.Row row)
    {
        int line = row.LineNumberFrom;
        if (row.ColCount != _width)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                return null;
            }

            Add(SourceMessages.RowShapeCode, line, SourceMessages.RowShape(row.ColCount, _width));
            return null;
        }

        int before = _errors;
        if (_layout.IsSdmx && !IsOwnStructure(row, line))
        {
            return null;
        }

        int keyNumber = KeyNumber(row, line);
        SeriesKey key = keyNumber >= 0 ? _keys[keyNumber] : default;
        if (!_layout.TryPeriod(row[_c4].Span, out Period period))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Period, row[_c4].ToString(), _layout.PeriodExpected));
        }

        if (!TidyCsvReader.TryParseValue(row[_c5].Span, out decimal value))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Value, row[_c5].ToString(), "a non-negative number written as " + NumberGrammar.Plain.Name));
        }
        else if (keyNumber >= 0 && !_keyUnits[keyNumber].Holds(value))
        {
            Add(SourceMessages.NotACountCode, line, SourceMessages.NotAFigure($"column '{_layout.Value}'", row[_c5].ToString(), _keyUnits[keyNumber].Expected));
        }

        ObservationFlag flag = ObservationFlag.AsPublished;
        if (_flagCol >= 0 && !ObservationFlags.TryParse(row[_flagCol].Span, out flag))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Flag, row[_flagCol].ToString(), "empty, approximate, lower_bound or derived"));
        }

        IReadOnlyList<Citation> citations = _sourcesCol >= 0 || _urlsCol >= 0
            ? CitationsOf(_sourcesCol >= 0 ? TidyCsvReader.Restored(row[_sourcesCol].Span) : default, _urlsCol >= 0 ? TidyCsvReader.Restored(row[_urlsCol].Span) : default, line)
            : [];

        if (_errors > before)
        {
            return null;
        }

        if (_seen is not null)
        {
            long figure = ((long)keyNumber << 32) | (uint)((period.Year * 1000) + ((int)period.Kind * 100) + period.Index);
            if (!_seen.TryAdd(figure, line))
            {
                Add(SourceMessages.DuplicateCode, line, SourceMessages.Duplicate(key.ToString(), period.ToString(), _seen[figure]));
                return null;
            }
        }

        SourceDocument doc = _keyDocuments[keyNumber];
        if (_publisherCol >= 0 && row[_publisherCol].Span.Length > 0)
        {
            doc = DocumentFor(SpreadsheetText.Restore(row[_publisherCol].ToString()));
        }
        else if (citations.Count == 0)
        {
            // A figure entered by hand that cites no report is the file's own: naming the statistic's
            // publisher (the FSB) would credit it with a number it never printed here.
            doc = DocumentFor(SourceMessages.OwnFigures(_file.Name));
        }

        string? note = _noteCol >= 0 && row[_noteCol].Span.Length > 0 ? SpreadsheetText.Restore(row[_noteCol].ToString()) : null;
        _figures++;
        return new Observation(key, period, value, flag, new Provenance(doc, SourceLocator.AtLine(line), citations), note);
    }

    private void Add(string code, int line, string message)
    {
        _errors++;
        if (_diagnostics.Count < MaxDiagnostics)
        {
            _diagnostics.Add(TidyCsvReader.Error(_file, code, SourceLocator.AtLine(line).ToString(), message));
        }
        else if (_diagnostics.Count == MaxDiagnostics)
        {
            _diagnostics.Add(TidyCsvReader.Error(_file, SourceMessages.TooManyCode, "", SourceMessages.TooMany(MaxDiagnostics)));
        }
    }

    // Every row of Flowwatch's dataflow names it: a row of another structure, or an action that deletes or replaces,
    // is not a figure Flowwatch can take.
    private bool IsOwnStructure(SepReader.Row row, int line)
    {
        if (!row[_structureCol].Span.Equals("dataflow", StringComparison.OrdinalIgnoreCase)
            || !row[_structureIdCol].Span.StartsWith(FlowwatchDataflow.ReferencePrefix, StringComparison.Ordinal)
            || row[_structureIdCol].Span[^1] != ')')
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell("STRUCTURE_ID", row[_structureIdCol].ToString(), $"dataflow {FlowwatchDataflow.Reference} (Flowwatch's own dataflow, any 1.x)"));
            return false;
        }

        if (_actionCol >= 0 && row[_actionCol].Span is { Length: > 0 } action && !action.Equals("I", StringComparison.Ordinal) && !action.Equals("A", StringComparison.Ordinal))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell("ACTION", row[_actionCol].ToString(), "I (information) or A (append): Flowwatch adds figures, it does not delete or replace them"));
            return false;
        }

        return true;
    }

    private ReadOnlySpan<char> Joined(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
    {
        int length = a.Length + b.Length + c.Length + d.Length + 3;
        if (_buffer.Length < length)
        {
            _buffer = new char[length * 2];
        }

        Span<char> span = _buffer;
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
    private SourceDocument DocumentFor(string? publisher)
    {
        if (publisher is null)
        {
            return _document;
        }

        if (!_documents.TryGetValue(publisher, out SourceDocument? doc))
        {
            doc = _document with { Publisher = publisher };
            _documents.Add(publisher, doc);
        }

        return doc;
    }

    private int KeyNumber(SepReader.Row row, int line)
    {
        ReadOnlySpan<char> text = Joined(row[_c0].Span, row[_c1].Span, row[_c2].Span, row[_c3].Span);
        if (_keyIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out int number))
        {
            return number;
        }

        bool ok = true;
        if (!DatasetId.TryParse(row[_c0].Span, out DatasetId dataset))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Dataset, row[_c0].ToString(), "a dataset id of lower-case letters, digits, '-' and '_'"));
            ok = false;
        }

        if (!Country.TryParse(row[_c1].Span, out Country reporter))
        {
            Add(SourceMessages.UnknownCountryCode, line, SourceMessages.BadCell(_layout.Reporter, row[_c1].ToString(), "an ISO 3166-1 alpha-2 code such as RU"));
            ok = false;
        }

        if (!Country.TryParse(row[_c2].Span, out Country partner))
        {
            Add(SourceMessages.UnknownCountryCode, line, SourceMessages.BadCell(_layout.Partner, row[_c2].ToString(), "an ISO 3166-1 alpha-2 code such as KP"));
            ok = false;
        }

        if (!Breakdown.TryParse(row[_c3].Span, out Breakdown breakdown))
        {
            Add(SourceMessages.BadCellCode, line, SourceMessages.BadCell(_layout.Breakdown, row[_c3].ToString(), "a category such as total, study, air or tourist"));
            ok = false;
        }

        DatasetInfo? info = null;
        if (ok && !_datasets.TryGet(dataset, out info))
        {
            // Swapped header names put breakdowns or periods here: the catalogue catches them.
            Add(SourceMessages.UnknownDatasetCode, line, SourceMessages.UnknownDataset(row[_c0].ToString(), _datasets.All.Select(d => d.Id.Id)));
            ok = false;
        }
        else if (ok && info!.IsByPurpose && breakdown.AsPurpose is null)
        {
            Add(SourceMessages.UnknownPurposeCode, line, SourceMessages.BadCell(_layout.Breakdown, row[_c3].ToString(), "a purpose: " + string.Join(", ", PurposeCodes.All)));
            ok = false;
        }
        else if (ok && info!.IsTotalOnly && breakdown != Breakdown.Total)
        {
            Add(SourceMessages.UnknownDatasetCode, line, SourceMessages.BreakdownNotOfKind(row[_c3].ToString(), dataset.Id, "breakdown", [Breakdown.Total.Code]));
            ok = false;
        }

        if (!ok)
        {
            return -1;
        }

        _keys.Add(new SeriesKey(dataset, reporter, partner, breakdown));
        _keyUnits.Add(FigureUnit.Of(info!));
        _keyDocuments.Add(DocumentFor(info!.Publisher));
        _keyIndex.Add(text.ToString(), _keys.Count - 1);
        return _keys.Count - 1;
    }

    private IReadOnlyList<Citation> CitationsOf(ReadOnlySpan<char> idCell, ReadOnlySpan<char> urlCell, int line)
    {
        ReadOnlySpan<char> cacheKey = Joined(idCell, urlCell, default, default);
        if (_citationSets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cacheKey, out IReadOnlyList<Citation>? cached))
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
        _citationSets[key] = result;
        return result;
    }
}
