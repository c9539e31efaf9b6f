using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

public sealed class ClaimPolicyTests
{
    [Fact]
    public void The_shipped_policy_reads_its_bands()
    {
        Assert.Equal(0.05m, ClaimPolicy.Default.AboutBand);
        Assert.Equal(0.05m, ClaimPolicy.Default.AlmostShortfall);
    }

    [Fact]
    public void A_broken_policy_names_every_problem()
    {
        var ex = Assert.Throws<FormatException>(() => ClaimPolicy.Parse("{\"about\": {\"band\": 2}, \"almost\": {}}", "p.json"));
        Assert.Contains("about.band", ex.Message, StringComparison.Ordinal);
        Assert.Contains("almost.shortfall", ex.Message, StringComparison.Ordinal);
        Assert.Contains("probably_meant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrower_almost_band_turns_fast_8000_against_7887_into_contradicted()
    {
        var strict = new ClaimVerifier(Flowwatch.Application.BundledData.Read().Observations, ClaimPolicy.Default with { AlmostShortfall = 0.01m });
        ArticleCheck check = ArticleChecker.Check("2024 reisten fast 8.000 Nordkoreaner zum Studium nach Russland ein.", strict, new DateOnly(2025, 2, 10), "de");
        CheckedClaim c = Assert.Single(check.Claims);
        Assert.Equal(Verdict.Contradicted, c.Verdict);
        Assert.Equal("almost-below-and-close", c.Rule);
    }

    [Theory]
    [InlineData("Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein.", "de")]
    [InlineData("A total of 13,221 North Koreans entered Russia in 2024.", "en")]
    [InlineData("В 2024 году в Россию въехали 13 221 северокорейцев.", "ru")]
    public void Language_is_detected_from_script_and_function_words(string text, string lang) =>
        Assert.Equal(lang, LanguageDetector.Detect(text));
}
