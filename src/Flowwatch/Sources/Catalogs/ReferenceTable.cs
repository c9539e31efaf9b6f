using System.Reflection;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Catalogs;

/// <summary>
/// The shared mechanics of the small reference CSV files under data/: header check, one row at a time
/// with its line, and every problem gathered with file, line, column and what was expected.
/// </summary>
internal sealed class ReferenceTable
{
    private readonly DiagnosticSink _sink;

    private ReferenceTable(SourceFile file) => _sink = new DiagnosticSink(file.Name);

    public IReadOnlyList<Diagnostic> Diagnostics => _sink.Items;

    /// <summary>Reads every row of <paramref name="file"/>, handing each to <paramref name="parse"/> with a cell accessor.</summary>
    public static ReferenceReadResult<T> Read<T>(SourceFile file, IReadOnlyList<string> required, Func<Row, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = new ReferenceTable(file);
        var items = new List<T>();
        if (!CsvText.TryOpen(file, table._sink, new CsvLayout(), out SepReader? opened))
        {
            return new ReferenceReadResult<T>(items, table.Diagnostics);
        }

        using SepReader reader = opened!;
        var cols = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in required)
        {
            if (reader.Header.TryIndexOf(name, out int index))
            {
                cols[name] = index;
            }
            else
            {
                table.Error(SourceMessages.MissingColumnCode, 1, SourceMessages.MissingColumn(name, reader.Header.ColNames));
            }
        }

        if (table._sink.Items.Count > 0)
        {
            return new ReferenceReadResult<T>(items, table.Diagnostics);
        }

        int width = reader.Header.ColNames.Count;
        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != width)
            {
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                table.Error(SourceMessages.RowShapeCode, line, SourceMessages.RowShape(row.ColCount, width));
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, index) in cols)
            {
                cells[name] = row[index].ToString().Trim();
            }

            int before = table._sink.ErrorCount;
            T? item = parse(new Row(table, line, cells));
            if (item is not null && table._sink.ErrorCount == before)
            {
                items.Add(item);
            }
        }

        if (items.Count == 0 && table._sink.Items.Count == 0)
        {
            table.Error(SourceMessages.NoRowsCode, 0, SourceMessages.NoRows);
        }

        return new ReferenceReadResult<T>(items, table.Diagnostics);
    }

    /// <summary>Loads a file embedded in the library (<c>bundled/rules.csv</c>).</summary>
    public static SourceFile Embedded(string resource)
    {
        Assembly assembly = typeof(ReferenceTable).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The library carries no resource '{resource}'; rebuild it with data/ present.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new SourceFile(Path.GetFileName(resource), memory.ToArray());
    }

    private void Error(string code, int line, string message) =>
        _sink.Error(code, line > 0 ? SourceLocator.AtLine(line).ToString() : "", message);

    /// <summary>One row: its cells by column name, and typed accessors that record what was wrong.</summary>
    internal readonly struct Row
    {
        private readonly ReferenceTable _table;
        private readonly Dictionary<string, string> _cells;

        public Row(ReferenceTable table, int line, Dictionary<string, string> cells)
        {
            _table = table;
            Line = line;
            _cells = cells;
        }

        public int Line { get; }

        public string Text(string column, bool required = true)
        {
            string value = _cells[column];
            if (required && value.Length == 0)
            {
                Bad(column, value, "a value (the column may not be empty)");
            }

            return value;
        }

        public DateOnly Date(string column)
        {
            string value = _cells[column];
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            Bad(column, value, "a date written yyyy-MM-dd (2019-12-22)");
            return default;
        }

        public DateOnly? OptionalDate(string column) => _cells[column].Length == 0 ? null : Date(column);

        public IReadOnlyList<Country> Countries(string column, bool required = true)
        {
            var list = new List<Country>();
            foreach (string part in Split(column, required))
            {
                if (Country.TryParse(part, out Country c))
                {
                    list.Add(c);
                }
                else
                {
                    Bad(column, part, "ISO 3166-1 alpha-2 codes separated by ';' (KP)");
                }
            }

            return list;
        }

        public IReadOnlyList<Purpose> Purposes(string column, bool required = true)
        {
            var list = new List<Purpose>();
            foreach (string part in Split(column, required))
            {
                if (PurposeCodes.TryParse(part, out Purpose p) && p != Purpose.Total)
                {
                    list.Add(p);
                }
                else
                {
                    Bad(column, part, "purposes separated by ';', each one of " + string.Join(", ", PurposeCodes.All.Skip(1)));
                }
            }

            return list;
        }

        public string Url(string column)
        {
            string value = Text(column);
            if (value.Length > 0 && !(Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                Bad(column, value, "an absolute http(s) URL");
            }

            return value;
        }

        public void Bad(string column, string value, string expected) =>
            _table.Error(SourceMessages.BadCellCode, Line, SourceMessages.BadCell(column, value, expected));

        private string[] Split(string column, bool required)
        {
            string[] parts = _cells[column].Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (required && parts.Length == 0)
            {
                Bad(column, "", "at least one value");
            }

            return parts;
        }
    }
}
