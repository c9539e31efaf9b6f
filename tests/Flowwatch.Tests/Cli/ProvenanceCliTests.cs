using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>The "done when", as a new user would run it: demo, the samples, as-of, remove, export.</summary>
public sealed class ProvenanceCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("fw.db");

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    [Fact]
    public void Ingesting_the_samples_after_the_demo_exits_0_and_changes_no_real_series_or_finding()
    {
        Assert.Equal(0, Run("demo").Exit);
        string series = Run("series", "--partner", "KP").Out;
        string scan = Run("scan", "--partner", "KP", "--format", "json").Out;

        // What is neither data nor an article (a README, a text without front matter) is skipped with one line, not an error.
        Directory.CreateDirectory(Path.Combine(_dir.Path, "samples", "articles"));
        foreach (string f in Directory.GetFiles(Samples))
        {
            File.Copy(f, Path.Combine(_dir.Path, "samples", Path.GetFileName(f)));
        }

        File.WriteAllText(Path.Combine(_dir.Path, "samples", "articles", "seed.txt"), "Fast 8.000 Nordkoreaner kamen 2024 zum Studium.");
        (int exit, string output, string error) = Run("ingest", Path.Combine(_dir.Path, "samples"));
        Assert.True(exit == 0, output + error);
        Assert.Contains("skipped    2 files in the folders that are not in a format Flowwatch reads: README.md, seed.txt.", output, StringComparison.Ordinal);
        // Forty FW017 warnings are one line; --verbose lists each.
        Assert.Single(output.Split('\n'), l => l.Contains("FW017", StringComparison.Ordinal));
        Assert.Contains("warning: FW017 × 40 in 1 file", output, StringComparison.Ordinal);

        Assert.Equal(series, Run("series", "--partner", "KP").Out);
        Assert.Equal(scan, Run("scan", "--partner", "KP", "--format", "json").Out);
        Assert.Contains("(synthetic)", Run("sources").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_ingest_lists_every_warning()
    {
        string db = _dir.File("verbose.db");
        CliRunner.Run("demo", "--db", db);
        (int exit, string output, _) = CliRunner.Run("ingest", Path.Combine(Samples, "fsb-entries-2024-H1-synthetic.csv"), "--verbose", "--db", db);
        Assert.Equal(0, exit);
        Assert.True(output.Split('\n').Count(l => l.Contains("[FW017]", StringComparison.Ordinal)) > 1);
    }

    [Fact]
    public void The_2024_q2_study_figure_keeps_every_citation_after_the_sample_that_confirms_it()
    {
        Run("demo");
        Assert.Equal(0, Run("ingest", Path.Combine(Samples, "fsb-entries-2024-Q2-synthetic.xlsx")).Exit);
        foreach (string[] extra in new[] { Array.Empty<string>(), ["--include-synthetic"] })
        {
            string json = Run(["series", "--partner", "KP", "--breakdown", "study", "--by", "quarter", "--format", "json", .. extra]).Out;
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement q2 = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2024-Q2" && r.GetProperty("dataset").GetString() == "ru-fsb-entries-by-purpose");
            var ids = q2.GetProperty("sources")[0].GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
            Assert.Equal(["RFA-KO-20240813", "RFA-KO-20241108", "KH-20241109", "FNNEWS-20241112"], ids);
            int witnesses = q2.GetProperty("sources")[0].GetProperty("witnesses").GetArrayLength();
            Assert.Equal(extra.Length == 0 ? 1 : 2, witnesses);
        }
    }

    [Fact]
    public void Series_as_of_a_day_shows_what_had_been_published_by_then()
    {
        Run("demo");
        string json = Run("series", "--partner", "KP", "--dataset", "ru-fsb-entries-by-purpose", "--as-of", "2024-12-31", "--format", "json").Out;
        using JsonDocument doc = JsonDocument.Parse(json);
        var rows = doc.RootElement.EnumerateArray().ToList();
        // The 2024-Q3 figures were printed in November 2024; the 2024 totals only in February 2025.
        Assert.Contains(rows, r => r.GetProperty("period").GetString() == "2024-Q3" && r.GetProperty("breakdown").GetString() == "study");
        Assert.DoesNotContain(rows, r => r.GetProperty("period").GetString() == "2024");
        Assert.All(rows.SelectMany(r => r.GetProperty("sources").EnumerateArray()).SelectMany(s => s.GetProperty("witnesses").EnumerateArray()),
            w => Assert.True(string.CompareOrdinal(w.GetProperty("published").GetString(), "2024-12-31") <= 0));
        Assert.Equal(2, Run("series", "--partner", "KP", "--as-of", "31.12.2024").Exit);
    }

    [Fact]
    public void Removing_the_sample_files_restores_the_series_output_byte_for_byte()
    {
        Run("demo");
        string before = Run("series", "--partner", "KP", "--include-synthetic").Out;
        (int ingested, string added, _) = Run("ingest", Samples);
        Assert.Equal(0, ingested);
        Assert.NotEqual(before, Run("series", "--partner", "KP", "--include-synthetic").Out);

        // Everything the folder added goes (the synthetic samples, the real files beside them, the articles), nothing else.
        (int exit, string output, _) = Run("remove", Samples);
        Assert.Equal(0, exit);
        Assert.Equal(
            added.Split('\n').Count(l => l.StartsWith("added", StringComparison.Ordinal)),
            output.Split('\n').Count(l => l.StartsWith("removed", StringComparison.Ordinal)));
        Assert.Equal(before, Run("series", "--partner", "KP", "--include-synthetic").Out);
        Assert.Equal(1, Run("remove", "no-such-file.csv").Exit);
    }

    [Fact]
    public void A_hash_prefix_too_short_to_name_a_file_says_how_many_digits_it_needs()
    {
        Run("demo");
        (int exit, _, string err) = Run("remove", "3f2a");
        Assert.Equal(1, exit);
        Assert.Contains("3f2a: 4 hex digits are too few to name a stored file; give at least 8 of its SHA-256", err, StringComparison.Ordinal);

        // Eight digits of a stored file's hash name it.
        using var sources = System.Text.Json.JsonDocument.Parse(Run("sources", "--format", "json").Out);
        string sha = sources.RootElement[0].GetProperty("sha256").GetString()!;
        Assert.Equal(0, Run("remove", sha[..8]).Exit);
    }

    [Fact]
    public void Export_and_re_ingest_into_an_empty_store_gives_the_same_series()
    {
        Run("demo");
        string table = Run("series", "--partner", "KP").Out;
        string csv = Run("series", "--partner", "KP", "--format", "csv").Out;
        string byYear = Run("series", "--partner", "KP", "--by", "year").Out;
        string export = _dir.File("export");
        Assert.Equal(0, Run("export", "--out", export).Exit);
        Assert.True(File.Exists(Path.Combine(export, "datapackage.json")));
        using (JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(export, "datapackage.json"))))
        {
            Assert.Equal(
                ["observations", "sources", "witnesses", "revisions", "files", "removals"],
                package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()));

            // Each file's release is declared: its version (the release date, else its figures' latest publication) and its hash.
            using JsonDocument listed = JsonDocument.Parse(Run("sources", "--format", "json").Out);
            JsonElement[] sources = [.. package.RootElement.GetProperty("sources").EnumerateArray()];
            Assert.Equal(listed.RootElement.GetArrayLength(), sources.Length);
            Assert.All(sources, s =>
            {
                Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^sha256:[0-9a-f]{64}$", s.GetProperty("version").GetString());
                Assert.Matches("^[0-9a-f]{64}$", s.GetProperty("flowwatch:sha256").GetString());
                Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString()));
            });
        }

        string other = _dir.File("other.db");
        (int exit, string output, string error) = CliRunner.Run("ingest", export, "--db", other);
        Assert.True(exit == 0, output + error);
        Assert.Equal(table, CliRunner.Run("series", "--partner", "KP", "--db", other).Out);
        Assert.Equal(csv, CliRunner.Run("series", "--partner", "KP", "--format", "csv", "--db", other).Out);
        Assert.Equal(byYear, CliRunner.Run("series", "--partner", "KP", "--by", "year", "--db", other).Out);
        Assert.Equal(
            Run("series", "--partner", "KP", "--as-of", "2024-12-31").Out,
            CliRunner.Run("series", "--partner", "KP", "--as-of", "2024-12-31", "--db", other).Out);
    }

    [Fact]
    public void Sources_are_listed_as_json_and_csv()
    {
        Run("demo");
        using JsonDocument doc = JsonDocument.Parse(Run("sources", "--format", "json").Out);
        JsonElement source = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.False(source.GetProperty("synthetic").GetBoolean());
        Assert.Equal("2019-02-05", source.GetProperty("published_first").GetString());
        string csv = Run("sources", "--format", "csv").Out;
        Assert.StartsWith("sha256,file_name,format,publisher,release_date,release_date_basis,published_first,published_last,ingested,rows,synthetic\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_whole_is_never_described_as_published()
    {
        Run("demo");
        Run("ingest", Samples);
        string output = Run("series", "--partner", "KP", "--by", "half", "--include-synthetic").Out
            + Run("scan", "--partner", "KP", "--include-synthetic").Out;
        Assert.DoesNotContain("2024-H2 is published", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_checks_an_article_against_the_figures_published_by_its_date()
    {
        Run("demo");
        string article = _dir.Write("early.txt", "---\ndate: 2024-08-20\nlang: en\n---\nIn the second quarter of 2024, 332 North Koreans entered Russia to study.\n");
        (int exit, string output, _) = Run("verify", article);
        Assert.Equal(0, exit);
        Assert.Contains("Checked against the figures published by 2024-08-20", output, StringComparison.Ordinal);
        Assert.DoesNotContain("a later release", output, StringComparison.Ordinal);

        _dir.Write("rev/sources.csv", "source_id,outlet,date,language,url\nREV-20250301,Revising Outlet,2025-03-01,en,https://rev.example\n");
        _dir.Write("rev/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,340,,REV-20250301,,"));
        Assert.Equal(0, Run("ingest", _dir.File("rev")).Exit);
        (exit, output, _) = Run("verify", article);
        Assert.Equal(0, exit);
        Assert.Contains("when this article appeared, the published figure was 332; a later release (2025-03-01) says 340", output, StringComparison.Ordinal);
    }
}
