using System.Text;
using Flowwatch.Model;
using nietras.SeparatedValues;

namespace Flowwatch.Sources;

/// <summary>
/// The list of reports that a tidy CSV's <c>sources</c> column points into: a <c>sources.csv</c> with the
/// columns <c>source_id,outlet,date,language,url</c>.
/// </summary>
public sealed class CitationCatalog
{
    private readonly Dictionary<string, Citation> _byId;

    private CitationCatalog(Dictionary<string, Citation> byId) => _byId = byId;

    /// <summary>A catalog with no entries.</summary>
    public static CitationCatalog Empty { get; } = new([]);

    /// <summary>The file's column names, which tell a catalog from other CSV files.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["source_id", "outlet", "date", "language", "url"];

    /// <summary>How many citations the catalog holds.</summary>
    public int Count => _byId.Count;

    /// <summary>Looks up a citation by its id.</summary>
    public bool TryGet(string id, out Citation citation) => _byId.TryGetValue(id, out citation!);

    /// <summary>Whether the file looks like a citation list (by its header).</summary>
    public static bool IsCatalog(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string head = Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 200)).TrimStart('\uFEFF');
        return head.StartsWith("source_id,outlet,", StringComparison.Ordinal);
    }

    /// <summary>Reads a citation list, gathering every problem.</summary>
    public static (CitationCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new List<Diagnostic>();
        var byId = new Dictionary<string, Citation>(StringComparer.Ordinal);
        if (!TextChecks.TryDecode(file, diagnostics, out string text))
        {
            return (new CitationCatalog(byId), diagnostics);
        }

        if (!SepText.TryOpen(Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }), text, out SepReader? opened, out string problem))
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, SourceMessages.MissingColumnCode, file.Name, "line 1", problem));
            return (new CitationCatalog(byId), diagnostics);
        }

        using SepReader reader = opened!;
        int[] cols = new int[Columns.Count];
        for (int i = 0; i < cols.Length; i++)
        {
            if (!reader.Header.TryIndexOf(Columns[i], out cols[i]))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, SourceMessages.MissingColumnCode, file.Name, "line 1",
                    SourceMessages.MissingColumn(Columns[i], reader.Header.ColNames)));
            }
        }

        if (diagnostics.Count > 0)
        {
            return (new CitationCatalog(byId), diagnostics);
        }

        foreach (SepReader.Row row in reader)
        {
            if (row.ColCount < Columns.Count)
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, SourceMessages.RowShapeCode, file.Name,
                    SourceLocator.AtLine(row.LineNumberFrom).ToString(), SourceMessages.RowShape(row.ColCount, Columns.Count)));
                continue;
            }

            string id = row[cols[0]].ToString().Trim();
            var citation = new Citation(id, row[cols[1]].ToString().Trim(), row[cols[2]].ToString().Trim(), row[cols[4]].ToString().Trim());
            if (!byId.TryAdd(id, citation))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, SourceMessages.DuplicateCode, file.Name,
                    SourceLocator.AtLine(row.LineNumberFrom).ToString(), $"the citation id '{id}' appears twice."));
            }
        }

        return (new CitationCatalog(byId), diagnostics);
    }
}
