using System.Text;
using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

// Bounded by design, not timed: the scanner is linear, so these finish in proportion to their size.
public sealed class ClaimRobustnessTests
{
    private static ClaimVerifier Verifier => ClaimFixtures.Verifier.Value;

    [Fact]
    public void A_line_of_a_million_digits_is_not_a_claim()
    {
        string text = "Im Jahr 2024 reisten " + new string('7', 1_000_000) + " Nordkoreaner nach Russland ein.";
        ArticleCheck check = ArticleChecker.Check(text, Verifier, new DateOnly(2025, 2, 10), "de");
        Assert.Empty(check.Claims);
    }

    [Fact]
    public void Ten_megabytes_of_article_text_gets_a_result()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10_000_000)
        {
            sb.Append("Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein. Die Mobilmachung hat Männer abgezogen.\n");
        }

        ArticleCheck check = ArticleChecker.Check(sb.ToString(), Verifier, new DateOnly(2025, 2, 10), "de");
        // Every claim is found and counted; the first MaxClaims are checked.
        Assert.Equal(ArticleChecker.MaxClaims, check.Claims.Count);
        Assert.True(check.ClaimsLeftOut > 50_000, $"{check.ClaimsLeftOut} left out");
        Assert.All(check.Claims, c => Assert.Equal(Verdict.Supported, c.Verdict));
    }

    [Fact]
    public void A_megabyte_of_numbers_without_a_sentence_end_gets_a_result()
    {
        var sb = new StringBuilder("Nordkoreaner reisten nach Russland ein: ");
        for (int i = 0; sb.Length < 1_000_000; i++)
        {
            sb.Append(i % 9 == 0 ? "im ersten Quartal 2024 zum Studium, " : (i % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture) + " Nordkoreaner, ");
        }

        ArticleCheck check = ArticleChecker.Check(sb.ToString(), Verifier, new DateOnly(2025, 2, 10), "de");
        Assert.NotEmpty(check.Claims);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("ko")]
    public void Every_fixture_sentence_is_read_in_every_language_without_throwing(string language)
    {
        foreach (string file in new[] { "claims-cases.jsonl", "claims-dev.jsonl", "claims-real-dev.jsonl", "claims-mechanisms.jsonl" })
        {
            foreach (ClaimFixtures.Case c in ClaimFixtures.Load(file))
            {
                ArticleCheck check = ArticleChecker.Check(c.Text, Verifier, c.Published, language);
                Assert.All(check.Claims, x => Assert.NotNull(x.Explanation));
            }
        }
    }

    [Fact]
    public void Binary_garbage_gets_a_result_without_throwing()
    {
        var random = new Random(4);
        var chars = new char[1_000_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xD7FF);
        }

        foreach (string lang in new[] { "de", "en", "ru" })
        {
            ArticleCheck check = ArticleChecker.Check(new string(chars), Verifier, new DateOnly(2025, 2, 10), lang);
            Assert.NotNull(check.Claims);
        }
    }

    [Fact]
    public void Offsets_point_into_the_input_as_given_for_html_and_front_matter()
    {
        string input = "---\ndate: 2025-02-10\nlang: de\n---\n<p>Im Jahr 2024 reisten <b>13&#46;221</b> Nordkoreaner nach Russland ein.</p>";
        ArticleCheck check = ArticleChecker.Check(input, Verifier);
        CheckedClaim claim = Assert.Single(check.Claims);
        Assert.Equal("13&#46;221", input[claim.Claim.Start..claim.Claim.End]);
        Assert.Equal("13.221", claim.Claim.Text);
        Assert.Equal(new DateOnly(2025, 2, 10), check.Published);
    }

    [Fact]
    public void An_unsupported_language_is_a_clear_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => ArticleChecker.Check("13 221 Nord-Coréens sont entrés en Russie en 2024.", Verifier, language: "fr"));
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
    }
}
