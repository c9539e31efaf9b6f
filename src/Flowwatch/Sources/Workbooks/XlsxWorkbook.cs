using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// Reads the sheets of an .xlsx workbook as <see cref="TableGrid"/>s by streaming its XML parts, within
/// <see cref="XlsxLimits"/>: a DOM of a hostile part costs memory in proportion to its decompressed size and
/// time in proportion to the square of its nesting, so nothing here builds one.
/// </summary>
/// <remarks>
/// Cell-level problems (a shared-string index or a cell reference that points nowhere) go to the sink with
/// the cell named, and reading goes on so that all of them are listed. A part that breaks a bound or is not
/// well-formed XML stops the read with <see cref="XlsxRefusedException"/> or the XML layer's exception.
/// </remarks>
internal sealed partial class XlsxWorkbook
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    // The relationships whose targets are read for figures.
    private static readonly string[] FollowedKinds = ["/officeDocument", "/worksheet", "/sharedStrings", "/styles"];

    private readonly ZipArchive _zip;
    private readonly DiagnosticSink _sink;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _walked = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BoundedStream> _streams = [];

    // One buffer and builder for every text read: a sheet has as many values as cells.
    private readonly char[] _chunk = new char[4096];
    private readonly StringBuilder _text = new();
    private List<string> _shared = [];

    // The number format of each cell style (cellXfs index): a built-in format id's code or the workbook's own.
    private List<string?> _styleFormats = [];
    private long _cellsKept;
    private long _charactersKept;

    private XlsxWorkbook(ZipArchive zip, DiagnosticSink sink)
    {
        _zip = zip;
        _sink = sink;
    }

    /// <summary>Reads every worksheet that has rows, in workbook order.</summary>
    /// <exception cref="XlsxRefusedException">The workbook breaks a bound.</exception>
    /// <exception cref="InvalidDataException">The zip or a part is damaged.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML or declares a DTD.</exception>
    public static List<TableGrid> ReadSheets(byte[] bytes, DiagnosticSink sink)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var workbook = new XlsxWorkbook(zip, sink);
        return workbook.Read();
    }

    /// <summary>
    /// Walks an .xlsx package for another parser (ExcelDataReader, which loads shared strings and rows whole): which
    /// bound it breaks, so that a shared-string bomb or a sheet of millions of rows is refused before it is loaded; the
    /// cells found damaged (a shared string or a reference that points nowhere, two cells at one position), which the
    /// other parser would pass over in silence; and each sheet's cells with what they hold (<see cref="CellKind"/>).
    /// </summary>
    /// <param name="bytes">The package.</param>
    /// <param name="sheets">The sheets walked.</param>
    /// <param name="damage">The damaged cells, each naming its cell.</param>
    /// <returns>The bound broken, or what does not parse (a part that is not well-formed XML, a damaged zip): a part
    /// the other parser might pass over leniently is damage all the same; null when the package was walked.</returns>
    public static string? Walk(byte[] bytes, out List<TableGrid> sheets, out IReadOnlyList<Diagnostic> damage)
    {
        var sink = new DiagnosticSink("");
        sheets = [];
        damage = [];
        try
        {
            sheets = ReadSheets(bytes, sink);
            damage = sink.Items;
            return null;
        }
        catch (XlsxRefusedException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return SourceMessages.Clip(e.Message);
        }
    }

    private List<TableGrid> Read()
    {
        if (_zip.Entries.Count > XlsxLimits.MaxParts)
        {
            throw new XlsxRefusedException(SourceMessages.XlsxTooManyParts(_zip.Entries.Count, XlsxLimits.MaxParts));
        }

        foreach (ZipArchiveEntry entry in _zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        // Every package names its parts' types here; Excel refuses a workbook whose list is missing or damaged.
        if (!_entries.ContainsKey("[Content_Types].xml"))
        {
            throw new InvalidDataException("no [Content_Types].xml part");
        }

        // Each entry of the list is a Default or an Override with a media type (OPC, ECMA-376 part 2): a list damaged
        // there makes Excel repair the file, so the package is refused as damaged even though no figure is in it.
        using (XmlReader types = Open("[Content_Types].xml", "Types"))
        {
            while (Next(types, "[Content_Types].xml"))
            {
                if (types.NodeType == XmlNodeType.Element && types.Depth == 1
                    && (types.LocalName is not ("Default" or "Override")
                        || types.GetAttribute(types.LocalName == "Default" ? "Extension" : "PartName") is null
                        || types.GetAttribute("ContentType") is not string contentType || !MediaType().IsMatch(contentType)))
                {
                    throw new InvalidDataException("[Content_Types].xml: the entry <" + SourceMessages.Clip(types.LocalName) + "> is not a Default or Override with a media type");
                }
            }
        }

        string workbookPath = Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? "xl/workbook.xml";
        if (!_entries.ContainsKey(workbookPath))
        {
            throw new InvalidDataException("no workbook part");
        }

        string folder = FolderOf(workbookPath);
        var rels = Relationships(folder + "_rels/" + Path.GetFileName(workbookPath) + ".rels", folder);
        string? sharedPath = rels.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        if (sharedPath is not null && _entries.ContainsKey(sharedPath))
        {
            _shared = ReadSharedStrings(sharedPath);
        }

        string? stylesPath = rels.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
        if (stylesPath is not null && _entries.ContainsKey(stylesPath))
        {
            _styleFormats = ReadStyleFormats(stylesPath);
        }

        var targets = rels.Where(r => r.Type.EndsWith("/worksheet", StringComparison.Ordinal)).ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        var grids = new List<TableGrid>();
        foreach ((string name, string id) in SheetList(workbookPath))
        {
            if (targets.TryGetValue(id, out string? target) && _entries.ContainsKey(target))
            {
                List<TableRow> rows = ReadSheet(target, name);
                if (rows.Count > 0)
                {
                    grids.Add(TableGrid.FromSheet(name, rows));
                }
            }
        }

        // Every other XML part (relationships of sheets, drawings, document properties) must be well-formed too: a
        // package damaged anywhere is damaged, even where no figure is read (within the same bounds).
        foreach (string name in _entries.Keys.ToList())
        {
            if (_walked.Contains(name))
            {
                continue;
            }

            if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                int relsFolder = name.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
                _ = Relationships(name, relsFolder >= 0 ? name[..relsFolder] : "");
            }
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                using XmlReader part = OpenPart(name);
                while (Next(part, name))
                {
                }
            }
        }

        return grids;
    }

    // Opens a part and reads up to its root element, which must be the one its kind has: a part of another
    // kind in its place (or text that is not one) means the package is damaged.
    private XmlReader Open(string path, string root)
    {
        XmlReader reader = OpenPart(path);
        while (Next(reader, path) && reader.NodeType != XmlNodeType.Element)
        {
        }

        string[] namespaces = root switch
        {
            "Types" => [ContentTypesNamespace],
            "Relationships" => [RelationshipsNamespace],
            _ => [MainNamespace, StrictNamespace],
        };
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != root || Array.IndexOf(namespaces, reader.NamespaceURI) < 0)
        {
            reader.Dispose();
            throw new InvalidDataException($"{path} is not a {root} part");
        }

        return reader;
    }

    private XmlReader OpenPart(string path)
    {
        _walked.Add(path);
        ZipArchiveEntry entry = _entries[path];
        if (entry.Length > XlsxLimits.MaxPartBytes)
        {
            throw new XlsxRefusedException(SourceMessages.XlsxPartTooLarge(path, entry.Length, XlsxLimits.MaxPartBytes));
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = XlsxLimits.MaxPartBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        // The declared size can lie: count what is actually inflated, part by part and in all.
        long left = XlsxLimits.MaxTotalBytes - _streams.Sum(s => s.Position);
        var stream = new BoundedStream(entry.Open(), Math.Min(XlsxLimits.MaxPartBytes, Math.Max(0, left)), path, inAll: left < XlsxLimits.MaxPartBytes);
        _streams.Add(stream);
        return XmlReader.Create(stream, settings);
    }

    // Every read goes through here so that no part nests deeper than the bound, however it is walked.
    private static bool Next(XmlReader reader, string path)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.Depth > XlsxLimits.MaxDepth)
        {
            throw new XlsxRefusedException(SourceMessages.XlsxTooDeep(path, XlsxLimits.MaxDepth));
        }

        return true;
    }

    private List<(string Id, string Type, string Target)> Relationships(string relsPath, string folder)
    {
        var list = new List<(string, string, string)>();
        if (!_entries.ContainsKey(relsPath))
        {
            return list;
        }

        using XmlReader reader = Open(relsPath, "Relationships");
        while (Next(reader, relsPath))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("TargetMode") is not "External"
                && reader.GetAttribute("Id") is string id && reader.GetAttribute("Type") is string type && reader.GetAttribute("Target") is string target)
            {
                // A part the reader follows (the workbook, a sheet, the shared strings, the styles) must be there; a
                // drawing's link to a missing image is common in real releases and costs no figure.
                string resolved = Resolve(folder, target);
                if (!_entries.ContainsKey(resolved) && FollowedKinds.Any(k => type.EndsWith(k, StringComparison.Ordinal)))
                {
                    throw new InvalidDataException($"{relsPath}: relationship {id} points at {resolved}, which the package does not have");
                }

                list.Add((id, type, resolved));
            }
        }

        return list;
    }

    private List<(string Name, string Id)> SheetList(string workbookPath)
    {
        var sheets = new List<(string, string)>();
        using XmlReader reader = Open(workbookPath, "workbook");
        while (Next(reader, workbookPath))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet")
            {
                continue;
            }

            string? id = null;
            while (reader.MoveToNextAttribute())
            {
                // Transitional and Strict OOXML name the relationships namespace differently; both end so.
                if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
                {
                    id = reader.Value;
                }
            }

            reader.MoveToElement();
            if (id is not null)
            {
                sheets.Add((SourceMessages.Clip(reader.GetAttribute("name") ?? "Sheet" + (sheets.Count + 1).ToString(CultureInfo.InvariantCulture)), id));
            }
        }

        return sheets;
    }

    private List<string> ReadSharedStrings(string path)
    {
        var strings = new List<string>();
        long total = 0;
        using XmlReader reader = Open(path, "sst");
        while (Next(reader, path))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                string text = ReadText(reader, path, $"shared string {strings.Count}");
                total += text.Length;
                if (total > XlsxLimits.MaxSharedCharacters)
                {
                    throw new XlsxRefusedException(SourceMessages.XlsxTooMuchText(path, XlsxLimits.MaxSharedCharacters));
                }

                strings.Add(text);
            }
        }

        return strings;
    }

    // The text of the element the reader is on: its <t> runs (phonetic runs, <rPh>, are not part of the
    // value), or its direct text for <v>, bounded in length and read in chunks so that a 50 MB string is
    // refused after 32 K characters, not after it was built.
    private string ReadText(XmlReader reader, string path, string what)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        int depth = reader.Depth;
        bool direct = reader.LocalName is "v" or "t";
        int inT = direct ? depth : -1;
        int skip = -1;
        StringBuilder text = _text.Clear();
        char[] chunk = _chunk;
        while (Next(reader, path))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return text.ToString();
                case XmlNodeType.EndElement when reader.Depth == skip:
                    skip = -1;
                    break;
                case XmlNodeType.EndElement when reader.Depth == inT:
                    inT = -1;
                    break;
                case XmlNodeType.Element when skip < 0 && reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    skip = reader.Depth;
                    break;
                case XmlNodeType.Element when skip < 0 && reader.LocalName == "t" && !reader.IsEmptyElement:
                    inT = reader.Depth;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when skip < 0 && inT >= 0:
                    int read;
                    while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (text.Length + read > XlsxLimits.MaxTextLength)
                        {
                            throw new XlsxRefusedException(SourceMessages.XlsxTextTooLong(path, what, XlsxLimits.MaxTextLength));
                        }

                        text.Append(chunk, 0, read);
                    }

                    break;
            }
        }

        throw new XmlException($"{path} ends inside {what}");
    }

    private List<TableRow> ReadSheet(string path, string sheet)
    {
        var rows = new List<TableRow>();
        using XmlReader reader = Open(path, "worksheet");
        int running = 0;
        while (Next(reader, path))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row" || reader.NamespaceURI is not (MainNamespace or StrictNamespace))
            {
                continue;
            }

            if (rows.Count >= XlsxLimits.MaxRows)
            {
                throw new XlsxRefusedException(SourceMessages.XlsxTooManyRows(sheet, XlsxLimits.MaxRows));
            }

            int number = running + 1;
            if (reader.GetAttribute("r") is string r)
            {
                if (!int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > 1_048_576 || number <= running)
                {
                    _sink.Error(SourceMessages.CorruptCode, $"{sheet}!{SourceMessages.Clip(r)}:{SourceMessages.Clip(r)}", SourceMessages.XlsxBadRowNumber(r, running));
                    number = running + 1;
                }
            }

            running = number;
            var kinds = new List<CellKind>();
            rows.Add(new TableRow(number, reader.IsEmptyElement ? [] : ReadRow(reader, path, sheet, number, kinds), kinds));
        }

        return rows;
    }

    private List<string> ReadRow(XmlReader reader, string path, string sheet, int number, List<CellKind> kinds)
    {
        int depth = reader.Depth;
        var cells = new List<string>();
        int next = 0;
        while (Next(reader, path))
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                return cells;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            int col = next;
            string? reference = reader.GetAttribute("r");
            string name = reference ?? ColumnLetters.Of(col) + number.ToString(CultureInfo.InvariantCulture);
            if (reference is not null && !TryColumn(reference, number, out col))
            {
                _sink.Error(SourceMessages.CorruptCode, $"{sheet}!{ColumnLetters.Of(next)}{number.ToString(CultureInfo.InvariantCulture)}", SourceMessages.XlsxBadCellReference(reference, number));
                col = next;
            }
            else if (col < next)
            {
                _sink.Error(SourceMessages.CorruptCode, $"{sheet}!{name}", SourceMessages.XlsxCellOutOfOrder(name));
                col = next;
            }

            if (col >= XlsxLimits.MaxCellsPerRow)
            {
                throw new XlsxRefusedException(SourceMessages.XlsxTooManyCells(sheet, number, XlsxLimits.MaxCellsPerRow));
            }

            string text = ReadCell(reader, path, $"{sheet}!{name}", out CellKind kind);
            Keep(col + 1 - cells.Count, text.Length, sheet);
            while (cells.Count < col)
            {
                cells.Add("");
                kinds.Add(CellKind.Text);
            }

            cells.Add(text);
            kinds.Add(kind);
            next = col + 1;
        }

        throw new XmlException($"{path} ends inside row {number.ToString(CultureInfo.InvariantCulture)}");
    }

    private void Keep(int cells, int characters, string sheet)
    {
        _cellsKept += cells;
        _charactersKept += characters;
        if (_cellsKept > XlsxLimits.MaxCells || _charactersKept > XlsxLimits.MaxSharedCharacters)
        {
            throw new XlsxRefusedException(SourceMessages.XlsxTooManyCellsInAll(sheet, XlsxLimits.MaxCells, XlsxLimits.MaxSharedCharacters));
        }
    }

    // The cell's text: a shared string looked up, an inline string, or the value as written (numbers,
    // booleans, formula results and error values such as #REF!), with what the cell holds, so that a boolean or
    // an error value is refused where a count was expected and a number is read as the machine wrote it.
    private string ReadCell(XmlReader reader, string path, string where, out CellKind kind)
    {
        string type = reader.GetAttribute("t") ?? "n";
        kind = type switch
        {
            "n" => CellKind.Number,
            "b" => CellKind.Boolean,
            "e" => CellKind.Error,
            "d" => CellKind.Date,
            _ => CellKind.Text,
        };
        string? style = reader.GetAttribute("s");
        if (reader.IsEmptyElement)
        {
            return "";
        }

        int depth = reader.Depth;
        string value = "";
        string inline = "";
        while (Next(reader, path))
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
            {
                if (reader.LocalName == "v")
                {
                    value = ReadText(reader, path, where);
                }
                else if (reader.LocalName == "is")
                {
                    inline = ReadText(reader, path, where);
                }
            }
        }

        switch (type)
        {
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < _shared.Count)
                {
                    return _shared[index];
                }

                _sink.Error(SourceMessages.CorruptCode, where, SourceMessages.XlsxBadSharedString(value, _shared.Count));
                return "";
            case "inlineStr":
                return inline;
            case "e":
                return value.Length > 0 ? value : "#ERROR";
            case "n":
                // A table is published as its cells display: the number format decides the figure's precision.
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                    && DisplayedNumber.Text(number, FormatOfStyle(style)) is { } shown
                    ? shown
                    : value;
            default:
                return value;
        }
    }

    private string? FormatOfStyle(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < _styleFormats.Count ? _styleFormats[index] : null;

    // styles.xml: <numFmts> gives the workbook's own codes by id; <cellXfs> lists the cell styles in index order.
    private List<string?> ReadStyleFormats(string path)
    {
        var codes = new Dictionary<int, string>();
        var formats = new List<string?>();
        using XmlReader reader = Open(path, "styleSheet");
        bool inCellXfs = false;
        int xfDepth = -1;
        while (Next(reader, path))
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "numFmt"
                && int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                && reader.GetAttribute("formatCode") is string code)
            {
                codes[id] = code;
            }
            else if (reader.LocalName == "cellXfs" && !reader.IsEmptyElement)
            {
                inCellXfs = true;
                xfDepth = reader.Depth + 1;
            }
            else if (inCellXfs && reader.LocalName == "xf" && reader.Depth == xfDepth)
            {
                if (formats.Count >= XlsxLimits.MaxCellsPerRow)
                {
                    throw new XlsxRefusedException(SourceMessages.XlsxTooManyCells("styles", formats.Count, XlsxLimits.MaxCellsPerRow));
                }

                int formatId = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int f) ? f : 0;
                formats.Add(codes.TryGetValue(formatId, out string? own) ? own : BuiltInFormat(formatId));
            }
        }

        return formats;
    }

    // The built-in number formats of ECMA-376 Part 1, 18.8.30 that show numbers (dates and times are left to the caller).
    private static string? BuiltInFormat(int id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        48 => "##0.0E+0",
        49 => "@",
        _ => null,
    };

    // "C7" in row 7 gives column 2; a reference to another row, row 0 or a column past XFD is not a cell of this row.
    private static bool TryColumn(string reference, int row, out int column)
    {
        column = ColumnLetters.IndexOf(reference);
        int letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            letters++;
        }

        return column is >= 0 and < XlsxLimits.MaxCellsPerRow
            && int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out int r)
            && r == row;
    }

    private static string FolderOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash >= 0 ? path[..(slash + 1)] : "";
    }

    // A relationship target is relative to the part's folder unless it starts with '/'.
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        string full = target.StartsWith('/') ? target[1..] : folder + target;
        foreach (string part in full.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    // A media type as RFC 2616 writes it: type/subtype and parameters, each a token.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*;\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$")]
    private static partial System.Text.RegularExpressions.Regex MediaType();
}
