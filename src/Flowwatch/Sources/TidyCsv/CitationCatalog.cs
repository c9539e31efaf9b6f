using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.TidyCsv;

/// <summary>
/// The list of reports that a tidy CSV's <c>sources</c> column points into: a <c>sources.csv</c> with the
/// columns <c>source_id,outlet,date,language,url</c> and optionally <c>synthetic</c> (yes/no), which marks an
/// entry as test data: a figures file citing it is synthetic.
/// </summary>
public sealed class CitationCatalog
{
    /// <summary>The name a citation list has beside the figures it serves.</summary>
    public const string FileName = "sources.csv";

    private readonly Dictionary<string, Citation> _byId;
    private readonly HashSet<string> _synthetic;
    private readonly Dictionary<string, string> _languages;

    private CitationCatalog(Dictionary<string, Citation> byId, HashSet<string>? synthetic = null, string? sha256 = null, List<Citation>? order = null, Dictionary<string, string>? languages = null)
    {
        _byId = byId;
        _synthetic = synthetic ?? new HashSet<string>(StringComparer.Ordinal);
        Sha256 = sha256;
        All = order ?? [];
        _languages = languages ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Every citation, in the file's order.</summary>
    public IReadOnlyList<Citation> All { get; }

    /// <summary>The language the entry's report is written in, as the list gives it (<c>ko</c>, <c>en</c>); empty when not known.</summary>
    public string LanguageOf(string id) => _languages.GetValueOrDefault(id, "");

    /// <summary>A catalog with no entries.</summary>
    public static CitationCatalog Empty { get; } = new([]);

    /// <summary>The SHA-256 of the file it was read from; null for <see cref="Empty"/>.</summary>
    public string? Sha256 { get; }

    /// <summary>Whether the entry with this id is marked synthetic.</summary>
    public bool IsSynthetic(string id) => _synthetic.Contains(id);

    /// <summary>The file's column names, which tell a catalog from other CSV files.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["source_id", "outlet", "date", "language", "url"];

    /// <summary>How many citations the catalog holds.</summary>
    public int Count => _byId.Count;

    /// <summary>Looks up a citation by its id.</summary>
    public bool TryGet(string id, out Citation citation) => _byId.TryGetValue(id, out citation!);

    /// <summary>
    /// Whether the file is a citation list: by its header, or by its name (<c>sources.csv</c>), so that a list
    /// with a wrong header is refused with the columns it needs rather than as an unknown format.
    /// </summary>
    public static bool IsCatalog(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (string.Equals(file.Name, FileName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string head = Encoding.UTF8.GetString(file.Head.Span[..Math.Min(file.Head.Length, 200)]).TrimStart('\uFEFF');
        return head.StartsWith("source_id,outlet,", StringComparison.Ordinal);
    }

    /// <summary>Reads a citation list, gathering every problem.</summary>
    public static (CitationCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var byId = new Dictionary<string, Citation>(StringComparer.Ordinal);

        // A list of reports has no field that spans lines: a stray quote would merge entries, so it is refused.
        if (!CsvText.TryOpen(file, sink, new CsvLayout(), out SepReader? opened))
        {
            return (new CitationCatalog(byId), sink.Items);
        }

        using SepReader reader = opened!;
        int[] cols = new int[Columns.Count];
        var missing = new List<string>();
        for (int i = 0; i < cols.Length; i++)
        {
            if (!reader.Header.TryIndexOf(Columns[i], out cols[i]))
            {
                missing.Add(Columns[i]);
            }
        }

        if (missing.Count > 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.CitationListHeader(Columns, missing, reader.Header.ColNames));
        }

        int syntheticCol = reader.Header.TryIndexOf("synthetic", out int sc) ? sc : -1;
        var synthetic = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Citation>();
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);

        if (sink.ErrorCount > 0)
        {
            return (new CitationCatalog(byId), sink.Items);
        }

        foreach (SepReader.Row row in reader)
        {
            if (row.ColCount < Columns.Count)
            {
                sink.Error(SourceMessages.RowShapeCode, SourceLocator.AtLine(row.LineNumberFrom).ToString(), SourceMessages.RowShape(row.ColCount, Columns.Count));
                continue;
            }

            // A list Flowwatch exported keeps text from running as a formula in spreadsheets ('=...): read it back as it was.
            string id = Cell(row, cols[0]);
            var citation = new Citation(id, Cell(row, cols[1]), Cell(row, cols[2]), Cell(row, cols[4]));
            if (!byId.TryAdd(id, citation))
            {
                sink.Error(SourceMessages.DuplicateCode, SourceLocator.AtLine(row.LineNumberFrom).ToString(), SourceMessages.DuplicateCitation(id));
            }
            else
            {
                order.Add(citation);
                languages[id] = Cell(row, cols[3]);
            }

            if (syntheticCol >= 0 && syntheticCol < row.ColCount)
            {
                string mark = row[syntheticCol].ToString().Trim();
                if (mark.Equals("yes", StringComparison.OrdinalIgnoreCase) || mark.Equals("true", StringComparison.OrdinalIgnoreCase) || mark == "1")
                {
                    synthetic.Add(id);
                }
                else if (mark.Length > 0 && !mark.Equals("no", StringComparison.OrdinalIgnoreCase) && !mark.Equals("false", StringComparison.OrdinalIgnoreCase) && mark != "0")
                {
                    sink.Error(SourceMessages.BadCellCode, SourceLocator.AtLine(row.LineNumberFrom).ToString(), SourceMessages.BadCell("synthetic", mark, "yes, no or empty"));
                }
            }
        }

        return (new CitationCatalog(byId, synthetic, file.Sha256, order, languages), sink.Items);
    }

    private static string Cell(SepReader.Row row, int column) => SpreadsheetText.Restore(row[column].ToString().Trim());
}
