using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Tests.Support;
using nietras.SeparatedValues;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Text from files Flowwatch read (a note, an outlet, a file name) never reaches a CSV Flowwatch writes in a form a
/// spreadsheet would run as a formula (R15): the export, <c>series</c> and <c>sources --format csv</c> and the report's
/// chart data all go through the one writer; the export's package declares the rule, and ingesting the export gives
/// the text back exactly.
/// </summary>
public sealed class SpreadsheetSafetyTests : IDisposable
{
    private static readonly string[] Hostile = ["=HYPERLINK(\"http://evil\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB", "''=quoted"];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_csv_output_neutralises_text_and_the_export_reads_back_exactly()
    {
        string folder = _dir.File("in");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sources.csv"), "source_id,outlet,date,language,url\n"
            + string.Concat(Hostile.Select((h, i) => $"S{i},{Quote(h)},2024-0{i + 1}-01,en,https://example.org/{i}\n")));
        File.WriteAllText(Path.Combine(folder, "observations.csv"), Some.TidyHeader + ",publisher\n"
            + string.Concat(Hostile.Select((h, i) => $"ru-fsb-entries-by-purpose,RU,KP,total,{2015 + i},{100 + i},,S{i},{Quote(h)},,{Quote(h)}\n")));
        string db = _dir.File("fw.db");
        var (exit, output, error) = CliRunner.Run("ingest", folder, "--db", db);
        Assert.True(exit == 0, output + error);

        string export = _dir.File("export");
        Assert.Equal(0, CliRunner.Run("export", "--out", export, "--db", db).Exit);
        string report = _dir.File("report");
        CliRunner.Run("report", "--out", report, "--partner", "KP", "--db", db);
        var outputs = Directory.GetFiles(export, "*.csv").Select(File.ReadAllText)
            .Concat(Directory.Exists(Path.Combine(report, "data")) ? Directory.GetFiles(Path.Combine(report, "data"), "*.csv").Select(File.ReadAllText) : [])
            .Append(CliRunner.Run("series", "--partner", "KP", "--format", "csv", "--db", db).Out)
            .Append(CliRunner.Run("sources", "--format", "csv", "--db", db).Out)
            .ToList();
        foreach (string csv in outputs)
        {
            foreach (string cell in Cells(csv))
            {
                Assert.False(cell.Length > 0 && SpreadsheetText.FormulaStarts.Contains(cell[0], StringComparison.Ordinal), $"a cell starts like a formula: {cell}");
            }
        }

        Assert.Contains("'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")", File.ReadAllText(Path.Combine(export, "observations.csv")), StringComparison.Ordinal);
        using (JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(export, "datapackage.json"))))
        {
            JsonElement escape = package.RootElement.GetProperty("flowwatch:formulaEscape");
            Assert.Equal("'", escape.GetProperty("prefix").GetString());
            Assert.Equal(["=", "+", "-", "@", "\t", "\r"], escape.GetProperty("triggers").EnumerateArray().Select(e => e.GetString()));
        }

        // A hand-written file follows the same rule as the export (its "''=quoted" is "'=quoted"); the export gives back what the store held.
        string[] held = [.. Hostile.Select(SpreadsheetText.Restore)];
        Assert.Equal(held, Texts(db, o => o.Note));
        string other = _dir.File("other.db");
        (exit, output, error) = CliRunner.Run("ingest", export, "--db", other);
        Assert.True(exit == 0, output + error);
        Assert.Equal(held, Texts(other, o => o.Note));
        Assert.Equal(held, Texts(other, o => o.Provenance.Document.Publisher));

        // A citation list's cells are trimmed when read (the tab of "\tTAB" goes): the export gives back what the store held.
        Assert.Equal(Texts(db, o => o.Provenance.Citations.Single().Outlet), Texts(other, o => o.Provenance.Citations.Single().Outlet));
    }

    private static string?[] Texts(string db, Func<Observation, string?> text)
    {
        using var store = Flowwatch.Store.SqliteObservationStore.Open(db);
        return [.. store.Current(Flowwatch.Store.ObservationQuery.All).Where(o => o.Key.Partner.Code == "KP").OrderBy(o => o.Period).Select(text)];
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Every cell of a CSV text, unquoted (RFC 4180), as another CSV library reads it.
    private static List<string> Cells(string csv)
    {
        var cells = new List<string>();
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(csv);
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                cells.Add(row[i].ToString());
            }
        }

        return cells;
    }
}
