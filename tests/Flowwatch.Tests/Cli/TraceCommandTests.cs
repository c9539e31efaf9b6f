using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>`flowwatch trace`, `ingest` of article folders, export and re-ingest: the JSON contract of issue 25 on the article corpus.</summary>
public sealed class TraceCommandTests
{
    private static string Corpus => Path.Combine(RepositoryRoot.Path, "samples", "articles");

    [Fact]
    public void Trace_names_the_variants_of_the_13221_entries_with_the_seeds_workers_among_them()
    {
        using var dir = new TempDirectory();
        (int code, string output, string error) = CliRunner.Run("trace", Corpus, "--format", "json", "--db", BundledStore.At(dir.File("fw.db")));
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        AssertContract(doc.RootElement);
        Assert.Equal(Directory.GetFiles(Corpus).Count(f => !f.EndsWith("README.md", StringComparison.Ordinal)), doc.RootElement.GetProperty("articles").GetInt32());

        JsonElement entries2024 = Figure(doc.RootElement, "ru-fsb-entries-by-purpose", "total", "2024");
        Assert.Equal(13221m, entries2024.GetProperty("value").GetDecimal());
        JsonElement workers = entries2024.GetProperty("variants").EnumerateArray()
            .Single(v => v.GetProperty("claimed").GetDecimal() == 13000m && v.GetProperty("reading").GetString() == "entries called workers");
        Assert.Equal("partly_supported", workers.GetProperty("verdict").GetString());
        Assert.Equal("dagens.de", workers.GetProperty("first").GetProperty("outlet").GetString());
        Assert.Equal("https://dagens.de/welt/nordkorea-entsendet-tausende-arbeiter-nach-russland", workers.GetProperty("first").GetProperty("article").GetString());
        Assert.Equal("2025-02-10", workers.GetProperty("first").GetProperty("published").GetString());

        // The figure as published: the seed (2025-02-10) first, RFA's Korean column (2025-02-20) repeats it.
        JsonElement exact = entries2024.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("claimed").GetDecimal() == 13221m);
        Assert.Equal("as published", exact.GetProperty("reading").GetString());
        Assert.Equal("2025-02-10", exact.GetProperty("first").GetProperty("published").GetString());
        Assert.Contains(exact.GetProperty("repeated_by").EnumerateArray(), r => r.GetProperty("published").GetString() == "2025-02-20");

        // A number that matches the same series in another period is no reading: NK News's "the most since the more than
        // 2,000 visitors of the first half of 2020" names a period to compare with, not 2024-H1's figure given for 2020-H1.
        JsonElement[] claims = [.. doc.RootElement.GetProperty("figures").EnumerateArray().SelectMany(f => f.GetProperty("claims").EnumerateArray())];
        Assert.DoesNotContain(claims, c => c.GetProperty("verdict").GetString() == "partly_supported" && c.GetProperty("reading").GetString()!.Contains("given for", StringComparison.Ordinal));
        Assert.DoesNotContain(Figure(doc.RootElement, "ru-fsb-entries-by-purpose", "total", "2024-H1").GetProperty("claims").EnumerateArray(),
            c => c.GetProperty("claimed").GetDecimal() == 2000m);
        // A contradicted number the text fixes to its own year stays on that year: NKNGO's "1만3천여 명" entrants "in 2023"
        // are contradicted by 2023's 1,117. The checker names a figure the writer "probably meant" only from a frame the text
        // allows, so 2024's 13,221 is not guessed as its source (that would be a judgment the text does not support).
        Assert.Contains(Figure(doc.RootElement, "ru-fsb-entries-by-purpose", "total", "2023").GetProperty("claims").EnumerateArray(), c =>
            c.GetProperty("claimed").GetDecimal() == 13000m && c.GetProperty("verdict").GetString() == "contradicted" && c.GetProperty("outlet").GetString()!.StartsWith("NKNGO", StringComparison.Ordinal));
        Assert.DoesNotContain(entries2024.GetProperty("variants").EnumerateArray(), v => v.GetProperty("reading").GetString() == "the figure of 2024 given for 2023");
    }

    [Fact]
    public void A_later_article_that_repeats_a_wrong_variant_and_names_its_source_cites_the_first()
    {
        using var dir = new TempDirectory();
        dir.Write("a.md", Article("2025-02-10", "Erste Zeitung", "https://erste.example/a", "de",
            "Daten des russischen Statistikamtes zeigen, dass im Jahr 2024 insgesamt 13.000 nordkoreanische Arbeiter nach Russland eingereist sind."));
        dir.Write("b.md", Article("2025-03-01", "Second Daily", "https://second.example/b", "en",
            "According to Erste Zeitung, 13,000 North Korean workers entered Russia in 2024."));
        dir.Write("c.md", Article("2025-02-20", "Dritte Post", "https://dritte.example/c", "de",
            "Im Jahr 2024 sind 13.000 nordkoreanische Arbeiter nach Russland eingereist."));
        (int code, string output, string error) = CliRunner.Run("trace", dir.Path, "--format", "json", "--db", BundledStore.At(dir.File("fw.db")));
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        AssertContract(doc.RootElement);
        JsonElement variant = Figure(doc.RootElement, "ru-fsb-entries-by-purpose", "total", "2024").GetProperty("variants").EnumerateArray()
            .Single(v => v.GetProperty("claimed").GetDecimal() == 13000m);
        // "13.000 nordkoreanische Arbeiter ... eingereist": entries for work stated, the total entries' number given.
        Assert.Equal("all entries given as work entries", variant.GetProperty("reading").GetString());
        Assert.Equal("Erste Zeitung", variant.GetProperty("first").GetProperty("outlet").GetString());
        JsonElement[] repeats = [.. variant.GetProperty("repeated_by").EnumerateArray()];
        Assert.Equal(["2025-02-20", "2025-03-01"], repeats.Select(r => r.GetProperty("published").GetString()));
        Assert.False(repeats[0].GetProperty("cites_first").GetBoolean());
        Assert.True(repeats[1].GetProperty("cites_first").GetBoolean());
    }

    [Fact]
    public void An_article_without_a_date_is_refused_with_a_message_naming_the_file()
    {
        using var dir = new TempDirectory();
        string undated = dir.Write("undated.md", "---\noutlet: Nowhere\nlang: en\n---\n13,221 North Koreans entered Russia in 2024.\n");
        (int code, string output, string error) = CliRunner.Run("trace", undated, "--db", dir.File("fw.db"));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains(undated, error, StringComparison.Ordinal);
        Assert.Contains("no date", error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Stored_articles_trace_as_the_files_do_and_survive_export_and_reingest(string engine)
    {
        using var dir = new TempDirectory();
        string store = StoreEngines.Location(engine, dir);
        Assert.Equal(0, CliRunner.Run("demo", "--db", store).Exit);
        (int ingested, _, string ingestError) = CliRunner.Run("ingest", Corpus, "--db", store);
        Assert.True(ingested == 0, ingestError);
        string fromFiles = Figures(CliRunner.Run("trace", Corpus, "--format", "json", "--db", store).Out);
        (int traced, string stored, string traceError) = CliRunner.Run("trace", "--format", "json", "--db", store);
        Assert.True(traced == 0, traceError);
        using (JsonDocument doc = JsonDocument.Parse(stored))
        {
            AssertContract(doc.RootElement);
        }

        Assert.Equal(fromFiles, Figures(stored));

        // Export, then a fresh store of the same engine reads the package back: articles and genealogy included.
        string package = Path.Combine(dir.Path, "export");
        Assert.Equal(0, CliRunner.Run("export", "--out", package, "--db", store).Exit);
        using var second = new TempDirectory();
        string fresh = StoreEngines.Location(engine, second);
        (int reingested, _, string reError) = CliRunner.Run("ingest", package, "--db", fresh);
        Assert.True(reingested == 0, reError);
        Assert.Equal(fromFiles, Figures(CliRunner.Run("trace", "--format", "json", "--db", fresh).Out));
    }

    [Fact]
    public void The_article_folder_with_its_readme_into_an_empty_store_is_checked_against_the_bundled_figures()
    {
        // The README's `flowwatch ingest samples/articles` on a fresh machine: the README beside the articles is no data
        // file, so the store gets the bundled figures first and the articles are checked against them, not against nothing.
        using var dir = new TempDirectory();
        (int code, string output, string error) = CliRunner.Run("ingest", Corpus, "--db", dir.File("fw.db"));
        Assert.True(code == 0, output + error);
        Assert.Contains("loaded the bundled DPRK-Russia figures", error, StringComparison.Ordinal);
        Assert.Contains("seed-de-2025-02-10.txt (article, dagens.de, 2025-02-10): 5 claims, 3 of them about a figure in the store", output, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_hostile_or_undated_article_is_one_error_and_leaves_the_store_unchanged(string engine)
    {
        using var dir = new TempDirectory();
        string store = StoreEngines.Location(engine, dir);
        Assert.Equal(0, CliRunner.Run("demo", "--db", store).Exit);
        string before = CliRunner.Run("trace", "--format", "json", "--db", store).Out;
        string undated = dir.Write("undated.md", "---\noutlet: Nowhere\n---\n13,221 North Koreans entered Russia in 2024.\n");
        string binary = Path.Combine(dir.Path, "binary.txt");
        File.WriteAllBytes(binary, [.. "---\ndate: 2025-01-01\n---\n13,221 North Koreans"u8.ToArray(), 0, 1, 2, 0]);
        foreach (string file in new[] { undated, binary })
        {
            (int code, _, string error) = CliRunner.Run("ingest", file, "--db", store);
            Assert.Equal(1, code);
            Assert.Contains(file, error, StringComparison.Ordinal);
            Assert.Equal(before, CliRunner.Run("trace", "--format", "json", "--db", store).Out);
        }
    }

    internal static string Article(string date, string outlet, string url, string lang, string body) =>
        $"---\ndate: {date}\noutlet: {outlet}\nurl: {url}\nlang: {lang}\n---\n{body}\n";

    internal static JsonElement Figure(JsonElement root, string dataset, string breakdown, string period) =>
        root.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("dataset").GetString() == dataset && f.GetProperty("breakdown").GetString() == breakdown
            && f.GetProperty("period").GetString() == period && f.GetProperty("partner").GetString() == "KP");

    // The figures as text: the part of the contract that must not depend on where the articles came from.
    private static string Figures(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("figures").GetRawText();
    }

    /// <summary>Every field the contract names, with its type, in every figure, claim, variant and repeat.</summary>
    internal static void AssertContract(JsonElement root)
    {
        Assert.Equal(JsonValueKind.Number, root.GetProperty("articles").ValueKind);
        foreach (JsonElement f in root.GetProperty("figures").EnumerateArray())
        {
            foreach (string key in new[] { "dataset", "reporter", "partner", "breakdown", "period" })
            {
                Assert.Equal(JsonValueKind.String, f.GetProperty(key).ValueKind);
            }

            Assert.True(f.GetProperty("value").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
            string? last = null;
            foreach (JsonElement c in f.GetProperty("claims").EnumerateArray())
            {
                foreach (string key in new[] { "article", "outlet", "published", "lang", "text", "verdict" })
                {
                    Assert.Equal(JsonValueKind.String, c.GetProperty(key).ValueKind);
                }

                Assert.Equal(JsonValueKind.Number, c.GetProperty("claimed").ValueKind);
                string published = c.GetProperty("published").GetString()!;
                Assert.True(last is null || string.CompareOrdinal(last, published) <= 0, "claims are in publication order");
                last = published;
            }

            foreach (JsonElement v in f.GetProperty("variants").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Number, v.GetProperty("claimed").ValueKind);
                Assert.Equal(JsonValueKind.String, v.GetProperty("verdict").ValueKind);
                Assert.Equal(JsonValueKind.String, v.GetProperty("reading").ValueKind);
                string firstDay = v.GetProperty("first").GetProperty("published").GetString()!;
                foreach (string key in new[] { "article", "outlet", "published" })
                {
                    Assert.Equal(JsonValueKind.String, v.GetProperty("first").GetProperty(key).ValueKind);
                }

                string previous = firstDay;
                foreach (JsonElement r in v.GetProperty("repeated_by").EnumerateArray())
                {
                    foreach (string key in new[] { "article", "outlet", "published" })
                    {
                        Assert.Equal(JsonValueKind.String, r.GetProperty(key).ValueKind);
                    }

                    Assert.True(r.GetProperty("cites_first").ValueKind is JsonValueKind.True or JsonValueKind.False);
                    string day = r.GetProperty("published").GetString()!;
                    Assert.True(string.CompareOrdinal(previous, day) <= 0, "repeats come after the first appearance, in date order");
                    previous = day;
                }
            }
        }
    }
}
