using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

public sealed class VerifyCommandTests
{
    [Fact]
    public void Verify_writes_the_json_contract_for_the_seed_article()
    {
        string db = BundledStore.At(Path.Combine(Path.GetTempPath(), $"fw-verify-{Guid.NewGuid():N}.db"));
        string article = Path.Combine(AppContext.BaseDirectory, "seed.txt");
        var row = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "claims-dev.jsonl")).First();
        using (JsonDocument d = JsonDocument.Parse(row))
        {
            File.WriteAllText(article, "---\ndate: 2025-02-10\nlang: de\n---\n" + d.RootElement.GetProperty("text").GetString());
        }

        // Through CliRunner: the command writes through process-wide writers, one run at a time.
        (int code, string output, _) = CliRunner.Run("verify", article, "--format", "json", "--db", db);
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("de", doc.RootElement.GetProperty("document").GetProperty("language").GetString());
        Assert.Equal("2025-02-10", doc.RootElement.GetProperty("document").GetProperty("published").GetString());
        JsonElement first = doc.RootElement.GetProperty("claims")[0];
        foreach (string key in new[] { "start", "end", "text", "sentence", "quantity", "frame", "verdict", "actual", "rule", "explanation", "evidence" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }

        foreach (string key in new[] { "reporter", "partner", "dataset", "breakdown", "period", "compared_with" })
        {
            Assert.True(first.GetProperty("frame").TryGetProperty(key, out _), key);
        }

        string input = File.ReadAllText(article);
        Assert.Equal("13.221", input[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);
        Assert.Equal("supported", first.GetProperty("verdict").GetString());
        Assert.Equal("13.221", first.GetProperty("text").GetString());
        Assert.Contains(doc.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("text").GetString() == "fast 8.000" && c.GetProperty("verdict").GetString() == "supported");
    }

    [Fact]
    public void Verify_html_encodes_the_article_text()
    {
        string db = BundledStore.At(Path.Combine(Path.GetTempPath(), $"fw-verify-{Guid.NewGuid():N}.db"));
        string article = Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.txt");
        File.WriteAllText(article, "<script>x</script> A total of 13,221 North Koreans entered Russia in 2024.");
        (int code, string output, _) = CliRunner.Run("verify", article, "--format", "html", "--lang", "en", "--published", "2025-02-05", "--db", db);
        Assert.Equal(0, code);
        Assert.DoesNotContain("<script>x", output, StringComparison.Ordinal);
        Assert.Contains("class=\"claim supported\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("json")]
    public void A_paste_of_more_claims_than_one_check_examines_is_checked_up_to_the_bound_and_says_how_many_were_left_out(string format)
    {
        // One sentence repeated: every repeat is a claim. Only the first MaxClaims are checked; every output says how
        // many more there were, so the cut is never silent.
        int repeats = Flowwatch.Analysis.Claims.ArticleChecker.MaxClaims + 37;
        string db = BundledStore.At(Path.Combine(Path.GetTempPath(), $"fw-verify-{Guid.NewGuid():N}.db"));
        string article = Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.txt");
        File.WriteAllText(article, string.Concat(Enumerable.Repeat("In 2024, 13,221 North Koreans entered Russia. ", repeats)));
        (int code, string output, _) = CliRunner.Run("verify", article, "--format", format, "--lang", "en", "--published", "2025-02-05", "--db", db);
        Assert.Equal(0, code);
        if (format == "json")
        {
            using JsonDocument doc = JsonDocument.Parse(output);
            Assert.Equal(Flowwatch.Analysis.Claims.ArticleChecker.MaxClaims, doc.RootElement.GetProperty("claims").GetArrayLength());
            Assert.Equal(37, doc.RootElement.GetProperty("claims_left_out").GetInt32());
            return;
        }

        Assert.Contains("37 more claims were found after the first 500 and not checked", output, StringComparison.Ordinal);
        // Numbered verdicts stop at the bound: no verdict is written for a claim that was not checked.
        Func<int, string> mark = format == "html" ? n => $"<sup>{n}</sup>" : n => $"{n}: supported";
        Assert.Contains(mark(500), output, StringComparison.Ordinal);
        Assert.DoesNotContain(mark(501), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_refuses_a_binary_file_with_a_clear_error()
    {
        string file = Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(file, [0x00, 0xFF, 0x10, 0x00]);
        (int code, _, string error) = CliRunner.Run("verify", file, "--db", Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.db"));
        Assert.Equal(1, code);
        Assert.Contains("NUL bytes", error, StringComparison.Ordinal);
    }
}
