using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Fsb;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Every reproducer of the damage campaign (docs/reliability.md) gets its clean outcome through the command:
/// exit code 1, one line per problem naming the file and what was expected, no stack trace, and a store
/// exactly as it was.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, string> Reproducers => new()
    {
        { "deep-nest-5000.xlsx", SourceMessages.BoundCode, "nests XML elements more than 32 levels deep" },
        { "deep-nest-20000.xlsx", SourceMessages.BoundCode, "nests XML elements more than 32 levels deep" },
        { "deep-nest-50000.xlsx", SourceMessages.BoundCode, "nests XML elements more than 32 levels deep" },
        { "sst-bomb-20MB.xlsx", SourceMessages.BoundCode, "shared string 0 in xl/sharedStrings.xml is longer than 32,767 characters" },
        { "sst-bomb-50MB.xlsx", SourceMessages.BoundCode, "shared string 0 in xl/sharedStrings.xml is longer than 32,767 characters" },
        { "fsb-2024-Q2-header-sst-999.xlsx", SourceMessages.CorruptCode, "Sheet1!B4: the cell points at shared string '999', which does not exist" },
        { "fsb-2024-Q2-sst-index-999.xlsx", SourceMessages.CorruptCode, "Sheet1!A11: the cell points at shared string '999', which does not exist" },
        { "stray-quote", SourceMessages.MultiLineFieldCode, "line 4: a quoted field starts on this line and goes on over the next" },
        { "truncated", SourceMessages.CorruptCode, "line 127: the file ends inside line 127 without a newline; it may be truncated; if the line is complete, end it with a newline." },
        { "huge-value", SourceMessages.NotACountCode, "line 2: column 'value' holds '79228162514264337593543950335', which is not a whole number of trips from 0 to 1,000,000,000." },
        { "swapped-headers", SourceMessages.UnknownDatasetCode, "line 2: column 'dataset' holds 'total', which is not a dataset in the catalogue" },
    };

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void A_reproducer_is_refused_in_one_line_per_problem_and_stores_nothing(string name, string code, string message)
    {
        string db = _dir.File("fw.db");
        CliRunner.Run("ingest", "--db", db, Path.Combine(AppContext.BaseDirectory, "samples", "fsb-entries-2024-H1-synthetic.csv"));
        string before = StoreDump.Of(db);

        var (exit, _, err) = CliRunner.Run("ingest", "--db", db, HostileFiles.PathOf(name));

        Assert.Equal(1, exit);
        Assert.Contains($"{message}", err, StringComparison.Ordinal);
        Assert.Contains($"[{code}]", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.Equal(before, StoreDump.Of(db));
    }

    [Fact]
    public void A_line_longer_than_the_csv_library_takes_is_a_bound_error_not_a_crash()
    {
        string path = _dir.File("long.csv");
        File.WriteAllBytes(path, HostileFiles.LongLine(16_777_217));

        var (exit, _, err) = CliRunner.Run("ingest", "--db", _dir.File("fw.db"), path);

        Assert.Equal(1, exit);
        Assert.Contains("long.csv, line 2: the line is longer than 1,048,576 characters", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2_000_000, "the workbook part xl/worksheets/sheet1.xml inflates to more than 67,108,864 bytes")]
    [InlineData(150_000, "sheet Sheet1 has more than 100,000 rows")]
    public void A_workbook_of_too_many_rows_is_refused_at_a_bound(int rows, string message)
    {
        ReadResult result = new FsbTableXlsxReader().Read(new SourceFile("rows.xlsx", HostileFiles.ManyRows(rows)));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.BoundCode, d.Code);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_tidy_file_gets_an_encoding_message()
    {
        string path = _dir.File("utf16.csv");
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,"))]);

        var (exit, _, err) = CliRunner.Run("ingest", "--db", _dir.File("fw.db"), path);

        Assert.Equal(1, exit);
        Assert.Contains("utf16.csv: the file is UTF-16 text; save it as UTF-8", err, StringComparison.Ordinal);
        Assert.Contains($"[{SourceMessages.EncodingCode}]", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_gets_an_encoding_message()
    {
        var file = new SourceFile("utf16.csv", Encoding.Unicode.GetBytes(Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,")));
        Assert.Equal(SourceMessages.EncodingCode, SourceFormats.UnknownFormat(file).Code);
    }

    [Fact]
    public void A_whitespace_only_file_gets_the_empty_file_message()
    {
        string path = _dir.Write("blank.csv", "  \n\t\r\n   \n");

        var (exit, _, err) = CliRunner.Run("ingest", "--db", _dir.File("fw.db"), path);

        Assert.Equal(1, exit);
        Assert.Contains("blank.csv: the file is empty", err, StringComparison.Ordinal);
        Assert.Contains($"[{SourceMessages.EmptyCode}]", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_over_a_value_at_the_edge_of_decimal_does_not_crash()
    {
        string db = _dir.File("fw.db");
        CliRunner.Run("demo", "--db", db);

        // Readers refuse such a value now; a store written before they did may still hold one.
        using (IObservationStore store = SqliteObservationStore.Open(db))
        {
            var doc = new SourceDocument(new string('e', 64), "old.csv", "tidy-csv", "test", null);
            var key = new SeriesKey(DatasetId.Parse("ru-fsb-entries-by-purpose"), Country.Parse("RU"), Country.Parse("KP"), Breakdown.Total);
            var o = new Observation(key, Period.Parse("2024"), 79228162514264337593543950335m, ObservationFlag.AsPublished, new Provenance(doc, SourceLocator.AtLine(2), []), null);
            store.Ingest(new ReadResult(doc, [o], []).Accepted());
        }

        var (exit, _, err) = CliRunner.Run("report", "--db", db, "--partner", "KP", "--out", _dir.File("report"));

        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }
}
