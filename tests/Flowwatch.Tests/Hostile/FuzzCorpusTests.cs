using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Every file of the fuzz corpus (Fixtures/fuzz: seeds and seeded mutants of each sample format, written
/// by tests/fuzz; Fixtures/hostile: the reproducers) is either refused cleanly, leaving the store exactly
/// as it was, or stored with every figure equal to the number its cell holds, read back through the store
/// and checked against the file by an independent reader (the OpenXML SDK for workbooks, a plain split
/// of the line for text).
/// </summary>
public sealed class FuzzCorpusTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FuzzCorpusTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    static FuzzCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Folders => new(
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)
            .Append("../hostile"));

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_corpus_file_is_refused_cleanly_or_stored_as_the_file_holds_it(string folder)
    {
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", folder));
        string[] paths = [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith("sources.csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        Assert.NotEmpty(paths);

        string shared = _dir.File(folder.Replace("../", "", StringComparison.Ordinal) + ".db");
        using IObservationStore store = SqliteObservationStore.Open(shared);
        new Ingestion(store).IngestBundled();
        int refused = 0, stored = 0;
        foreach (string path in paths)
        {
            var file = new SourceFile(Path.GetFileName(path), File.ReadAllBytes(path));
            ReadResult read = SourceFormats.Read(file, CitationCatalog.Empty);
            AssertClean(file, read.Diagnostics);
            if (read.HasErrors)
            {
                (long, long) before = Fingerprint(shared);
                FileOutcome outcome = new Ingestion(store).IngestOne(path, file, CitationCatalog.Empty);
                Assert.True(outcome.IsRejected, $"{path}: the reader refused it alone but ingest did not");
                AssertClean(file, outcome.Diagnostics);
                Assert.Equal(before, Fingerprint(shared));
                refused++;
            }
            else
            {
                AssertStoredAsHeld(path, file, read);
                stored++;
            }
        }

        _output.WriteLine($"{folder}: {paths.Length} files, {refused} refused, {stored} stored");
        Assert.True(refused + stored == paths.Length);
    }

    private static void AssertClean(SourceFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics)
        {
            Assert.Equal(file.Name, d.File);
            Assert.False(d.Message.Contains('\n', StringComparison.Ordinal) || d.Location.Contains('\n', StringComparison.Ordinal), $"{file.Name}: a diagnostic spans lines: {d}");
        }
    }

    private static (long Sources, long Observations) Fingerprint(string db)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM observations);";
        using SqliteDataReader r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    private void AssertStoredAsHeld(string path, SourceFile file, ReadResult read)
    {
        using var dir = new TempDirectory();
        using IObservationStore store = SqliteObservationStore.Open(dir.File("fw.db"));
        FileOutcome outcome = new Ingestion(store).IngestOne(path, file, CitationCatalog.Empty);
        Assert.False(outcome.IsRejected, $"{path}: read cleanly but ingest refused it");

        var back = store.History(new ObservationQuery { IncludeSynthetic = true }).Where(o => o.Flag != ObservationFlag.Derived).ToList();
        Assert.Equal(read.Observations.Count(o => o.Flag != ObservationFlag.Derived), back.Count);
        var held = new FileCells(file, outcome.Format);
        foreach (Observation o in back)
        {
            Assert.True(CountLimits.IsCount(o.Value), $"{path}: {o.Key} {o.Period} = {o.Value} is not a count");
            decimal? inFile;
            try
            {
                inFile = held.ValueAt(o.Provenance.Locator);
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or OpenXmlPackageException)
            {
                throw new InvalidOperationException($"{path}: stored, but the independent reader cannot open it: {e.Message}", e);
            }

            Assert.True(inFile == o.Value, $"{path}: {o.Key} {o.Period} stored as {o.Value}, but {o.Provenance.Locator} holds {inFile?.ToString(CultureInfo.InvariantCulture) ?? "no number"}");
        }
    }

    /// <summary>The numbers a file holds at a cell or line, read without Flowwatch's readers.</summary>
    private sealed class FileCells
    {
        private readonly SourceFile _file;
        private readonly string _format;
        private string[]? _lines;
        private Dictionary<string, string>? _cells;
        private char _separator;

        public FileCells(SourceFile file, string format)
        {
            _file = file;
            _format = format;
        }

        public decimal? ValueAt(SourceLocator at) => at.Sheet is not null ? WorkbookCell(at.Sheet, at.Cell!) : TextCell(at);

        private decimal? WorkbookCell(string sheetName, string reference)
        {
            _cells ??= WorkbookCells();
            return _cells.TryGetValue($"{sheetName}!{reference}", out string? text) ? Number(text) : null;
        }

        // Every cell's text, read once with the OpenXML SDK.
        private Dictionary<string, string> WorkbookCells()
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            using var stream = new MemoryStream(_file.Bytes, writable: false);
            using SpreadsheetDocument doc = SpreadsheetDocument.Open(stream, false);
            WorkbookPart book = doc.WorkbookPart!;
            string[] shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            foreach (Sheet sheet in book.Workbook.Sheets!.Elements<Sheet>())
            {
                var part = (WorksheetPart)book.GetPartById(sheet.Id!);
                foreach (Cell cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellReference is not null))
                {
                    cells[$"{sheet.Name}!{cell.CellReference}"] = cell.DataType?.Value == CellValues.SharedString
                        ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                }
            }

            return cells;
        }

        private decimal? TextCell(SourceLocator at)
        {
            if (_lines is null)
            {
                string text = System.Text.Unicode.Utf8.IsValid(_file.Bytes) ? Encoding.UTF8.GetString(_file.Bytes).TrimStart('\uFEFF') : Encoding.GetEncoding(1251).GetString(_file.Bytes);
                // Sep, like most editors, ends a line at a lone CR too; Eurostat's TSV reader splits at LF only.
                _lines = _format == "eurostat-tsv"
                    ? text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray()
                    : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
                _separator = _format switch
                {
                    "tidy-csv" => ',',
                    "eurostat-tsv" => '\t',
                    _ => new[] { ';', ',', '\t' }.OrderByDescending(c => _lines.Take(30).Sum(l => l.Count(x => x == c))).First(),
                };
            }

            string[] cells = Split(_lines[at.Line - 1]);
            int column = at.Cell is { } letters ? ColumnIndex(letters) : Array.IndexOf(Split(_lines[0]), "value");
            return column >= 0 && column < cells.Length ? Number(cells[column]) : null;
        }

        private string[] Split(string line)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            bool quoted = false;
            foreach (char c in line)
            {
                if (c == '"' && _format != "eurostat-tsv")
                {
                    quoted = !quoted;
                }
                else if (c == _separator && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            return [.. cells];
        }

        private static int ColumnIndex(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

        // The number at the start of a cell, with the spaces that group thousands taken out: "1 234" is 1234,
        // "1234 p" (a Eurostat flag) is 1234, "806.0" is 806.
        private static decimal? Number(string cell)
        {
            string s = new([.. cell.Where(c => !char.IsWhiteSpace(c) && c != '\u202F')]);
            int end = 0;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.'))
            {
                end++;
            }

            return decimal.TryParse(s[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d) ? d : null;
        }
    }
}
