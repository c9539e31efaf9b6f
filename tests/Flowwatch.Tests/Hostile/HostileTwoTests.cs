using Flowwatch.Sources;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// The reproducers of the second damage campaign (Fixtures/hostile-2, issue 27): each damaged file is refused through
/// the command with exit 1, one line per problem naming its line or cell and the code, and the store unchanged.
/// </summary>
public sealed class HostileTwoTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string PathOf(string folder, string file) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile-2", Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile-2"), folder + "-*").Single(), file);

    public static TheoryData<string, string, string, string> Reproducers => new()
    {
        { "R03", "fsb-2024-H1-blank-line-in-header.csv", SourceMessages.MissingColumnCode, "line 4, column C: the group label 'в том числе по целям поездки' has no purpose labels under it" },
        { "R03", "fsb-2024-H1-doubled-CR.csv", SourceMessages.MissingColumnCode, "the group label 'в том числе по целям поездки' has no purpose labels under it" },
        { "R03", "fsb-2024-H1-header-label-blank.csv", SourceMessages.MissingColumnCode, "line 6, column G: column G holds '16370' but the header gives it no label" },
        { "R03", "fsb-2024-H1-total-label-over-purpose.csv", SourceMessages.MissingColumnCode, "line 5, column B: column B is labelled both 'Всего' and, below it, 'ПМЖ'" },
        { "R04", "fsb-2024-H1-cn-work-4,000.csv", SourceMessages.BadCellCode, "line 7, column H: the work cell holds '4,000'; expected a whole number of trips from 0 to 1,000,000,000, written as digits, thousands grouped by spaces (12 345), without a decimal part" },
        { "R04", "fsb-2024-H1-cn-work-4.000.csv", SourceMessages.BadCellCode, "line 7, column H: the work cell holds '4.000'" },
        { "R04", "fsb-2024-Q2-H7-numeric-cell-2,000.xlsx", SourceMessages.BadCellCode, "Sheet1!H7: the work cell holds '2,000'; expected a whole number of trips from 0 to 1,000,000,000, written as a number as the file stores it" },
        { "R05", "fsb-2024-H1-kp-row-dropped-cell.csv", SourceMessages.RowShapeCode, "line 11: the row has 10 cells; the header has 11." },
        { "R05", "fsb-2024-H1-kp-row-commas.csv", SourceMessages.RowShapeCode, "line 11: the row has 1 cells; the header has 11." },
        { "R06", "eurostat-tsv-short-row-and-empty-cell.tsv", SourceMessages.RowShapeCode, "line 12: the row has 2 cells; the header has 3." },
        { "R06", "eurostat-tsv-short-row-and-empty-cell.tsv", SourceMessages.BadCellCode, "line 45, column C: the 2023 value is empty; Eurostat writes ':' where no figure is published" },
        { "R07", "asy-values-in-conf-status.csv", SourceMessages.BadCellCode, "line 2, column X: column 'CONF_STATUS' holds '12750'" },
        { "R07", "sdmx-reason-duration-headers-swapped.sdmx.csv", SourceMessages.BadCellCode, "duration 'FAM' is a code of reason, not of duration; are the header's dimension names in the right order?" },
        { "R07", "sdmx-obs-flag-header-damaged.sdmx.csv", SourceMessages.MissingColumnCode, "line 1, column K: the header names a column 'OBS_FLAGOBS_FLAG' that SDMX-CSV does not define" },
        { "R10", "migr_resfirst-bool-and-string-values.json", SourceMessages.BadCellCode, "value![" },
    };

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void A_reproducer_is_refused_in_one_line_per_problem_and_stores_nothing(string folder, string file, string code, string message)
    {
        string db = _dir.File("fw.db");
        CliRunner.Run("ingest", "--db", db, Path.Combine(AppContext.BaseDirectory, "samples", "fsb-entries-2024-H1-synthetic.csv"));
        string before = StoreDump.Of(db);

        var (exit, _, err) = CliRunner.Run("ingest", "--db", db, PathOf(folder, file));

        Assert.Equal(1, exit);
        Assert.Contains(err.Split('\n'), line => line.Contains(message, StringComparison.Ordinal) && line.EndsWith($"[{code}]", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Equal(before, StoreDump.Of(db));
    }

    [Fact]
    public void The_intact_files_beside_the_reproducers_are_stored()
    {
        foreach ((string folder, string file) in new[] { ("R03", "fsb-entries-2024-H1-synthetic.csv"), ("R10", "migr_resfirst-intact.json") })
        {
            var (exit, output, err) = CliRunner.Run("ingest", "--db", _dir.File(folder + ".db"), PathOf(folder, file));
            Assert.True(exit == 0, output + err);
        }
    }

    [Fact]
    public void A_names_file_with_a_stray_quote_is_refused_naming_the_line_and_screens_nothing()
    {
        var (exit, output, err) = CliRunner.Run("screen", "--file", PathOf("R17", "names-stray-quote.csv"), "--format", "jsonl", "--db", _dir.File("fw.db"));

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("names-stray-quote.csv, line 2: a quoted field starts on this line and goes on over the next;", err, StringComparison.Ordinal);
        Assert.Contains($"[{SourceMessages.MultiLineFieldCode}]", err, StringComparison.Ordinal);
    }
}
