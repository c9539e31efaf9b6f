using System.Text.Json;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("fw.db");

    [Fact]
    public void Demo_creates_the_store_and_summarises_the_bundled_series()
    {
        var (exit, output, _) = CliRunner.Run("demo", "--db", Db);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Db));
        Assert.Contains("13,221", output, StringComparison.Ordinal);
        Assert.Contains("7,887", output, StringComparison.Ordinal);
        Assert.Contains("3,765", output, StringComparison.Ordinal);
        Assert.Contains("1,113", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_json_shows_the_2024_study_quarters_with_sources()
    {
        CliRunner.Run("demo", "--db", Db);
        var (exit, output, _) = CliRunner.Run("series", "--partner", "KP", "--breakdown", "study", "--by", "quarter", "--format", "json", "--db", Db);
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        var rows = doc.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("dataset").GetString() == "ru-fsb-entries-by-purpose")
            .ToDictionary(r => r.GetProperty("period").GetString()!);
        Assert.Equal(38, rows["2024-Q1"].GetProperty("value").GetInt32());
        Assert.Equal(332, rows["2024-Q2"].GetProperty("value").GetInt32());
        Assert.Equal(3765, rows["2024-Q3"].GetProperty("value").GetInt32());
        JsonElement q3 = rows["2024-Q3"];
        foreach (string field in new[] { "dataset", "reporter", "partner", "breakdown", "period", "value", "flag", "sources" })
        {
            Assert.True(q3.TryGetProperty(field, out _), field);
        }

        Assert.Contains(q3.GetProperty("sources")[0].GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == "POLITICO-20241108");
    }

    [Fact]
    public void Series_by_year_makes_the_2023_disagreement_visible()
    {
        BundledStore.At(Db);
        var (exit, output, _) = CliRunner.Run("series", "--partner", "KP", "--breakdown", "total", "--by", "year", "--dataset", "ru-fsb-entries-by-purpose", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("1,117", output, StringComparison.Ordinal);
        Assert.Contains("disputed", output, StringComparison.Ordinal);
        Assert.Contains("sum to 1,113", output, StringComparison.Ordinal);
        // The table's title names the countries in words, not only by code.
        Assert.Contains("reporter Russia (RU), partner North Korea (KP)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("series --partner KP")]
    [InlineData("scan --partner KP")]
    [InlineData("report --out OUT")]
    [InlineData("sources")]
    [InlineData("trace")]
    [InlineData("trace ARTICLE")]
    [InlineData("verify ARTICLE")]
    public void A_read_verb_on_a_missing_store_says_what_to_run_first_and_creates_nothing(string command)
    {
        string article = _dir.Write("article.md", TraceCommandTests.Article("2025-02-10", "Some Daily", "https://some.example/a", "en", "A total of 13,221 North Koreans entered Russia in 2024."));
        string store = Path.Combine(_dir.Path, "nowhere", "fw.db");
        string[] args = [.. command.Split(' ').Select(a => a switch { "OUT" => Path.Combine(_dir.Path, "report"), "ARTICLE" => article, _ => a }), "--db", store];
        var (exit, _, err) = CliRunner.Run(args);
        Assert.Equal(1, exit);
        Assert.Contains("no Flowwatch store here yet", err, StringComparison.Ordinal);
        Assert.Contains("flowwatch demo", err, StringComparison.Ordinal);
        Assert.Contains("flowwatch ingest", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(store)), "a read verb created the store's folder");
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "report")), "report wrote a folder without figures");
    }

    [Theory]
    [InlineData("series --partner KP")]
    [InlineData("scan --partner KP")]
    [InlineData("sources")]
    [InlineData("verify ARTICLE")]
    public void A_read_verb_never_fills_an_empty_store(string command)
    {
        string article = _dir.Write("article.txt", "A total of 13,221 North Koreans entered Russia in 2024.\n");
        using (SqliteObservationStore.Open(Db))
        {
            // An empty store of this version, as `flowwatch sanctions load` would leave it.
        }

        string[] args = [.. command.Split(' ').Select(a => a == "ARTICLE" ? article : a), "--db", Db];
        var (_, _, err) = CliRunner.Run(args);
        Assert.Contains("holds no figures yet", err, StringComparison.Ordinal);
        using IObservationStore store = SqliteObservationStore.OpenReadOnly(Db);
        Assert.Empty(store.Sources());
        using global::Flowwatch.Store.Sanctions.ISanctionsStore lists = global::Flowwatch.Store.Sanctions.SqliteSanctionsStore.OpenReadOnly(Db);
        Assert.Empty(lists.Versions());
    }

    [Fact]
    public void Ingesting_the_same_file_twice_adds_nothing_the_second_time()
    {
        string file = _dir.Write("f.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,CN,study,2024,12,,,,"));
        var first = CliRunner.Run("ingest", file, "--db", Db);
        var second = CliRunner.Run("ingest", file, "--db", Db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("1 new", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("unchanged", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_file_exits_non_zero_with_file_line_and_expectation_and_leaves_the_store_unchanged()
    {
        CliRunner.Run("demo", "--db", Db);
        string before = CliRunner.Run("series", "--partner", "KP", "--format", "csv", "--db", Db).Out;
        string bad = _dir.Write("bad.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2026,1,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2026-Q9,1,,,,"));
        var (exit, _, err) = CliRunner.Run("ingest", bad, "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("bad.csv, line 3", err, StringComparison.Ordinal);
        Assert.Contains("expected a period", err, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("series", "--partner", "KP", "--format", "csv", "--db", Db).Out);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("ingest")]
    [InlineData("sources")]
    [InlineData("series")]
    public void Every_verb_has_help(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_partner_code_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("series", "--partner", "Korea", "--db", Db);
        Assert.Equal(2, exit);
        Assert.Contains("'Korea'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_lists_the_ingested_file_with_its_hash()
    {
        CliRunner.Run("demo", "--db", Db);
        var (exit, output, _) = CliRunner.Run("sources", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("observations.csv", output, StringComparison.Ordinal);
        Assert.Contains("tidy-csv", output, StringComparison.Ordinal);
    }
}

public sealed class CliFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_file_that_is_not_a_database_is_one_line_and_exit_code_1()
    {
        string db = _dir.Write("x.db", "this is not a database, just text that is long enough to be read as a header page");
        var (exit, _, err) = CliRunner.Run("series", "--partner", "KP", "--db", db);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Contains("x.db", err, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_data_files_is_an_error()
    {
        Directory.CreateDirectory(_dir.File("empty"));
        var (exit, _, err) = CliRunner.Run("ingest", _dir.File("empty"), "--db", _dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("no data files", err, StringComparison.Ordinal);
    }
}

public sealed class VerifyInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_empty_article_is_refused_naming_the_file()
    {
        string empty = _dir.Write("empty.txt", "  \n\n");
        var (exit, _, err) = CliRunner.Run("verify", empty, "--db", _dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: the article is empty", err, StringComparison.Ordinal);
    }
}
