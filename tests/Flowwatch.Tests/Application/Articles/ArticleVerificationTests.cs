using Flowwatch.Analysis.Claims;
using Flowwatch.Application;
using Flowwatch.Application.Articles;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Sources.Catalogs;

namespace Flowwatch.Tests.Application.Articles;

/// <summary>The check-article use case the command, the API and the check page share.</summary>
public sealed class ArticleVerificationTests
{
    private const string Sentence = "Im Jahr 2024 sind insgesamt 13.221 Nordkoreaner nach Russland eingereist.";

    private static readonly IReadOnlyList<Observation> Bundled = BundledData.Read().Observations;

    private static readonly RequestParameters Web = new(ParameterStyle.QueryString);

    private static readonly RequestParameters Command = new(ParameterStyle.CommandLine);

    [Fact]
    public void An_article_with_a_date_is_checked_against_the_figures_published_by_that_day()
    {
        var asked = new List<DateOnly>();
        var figures = new ArticleFigures(Bundled, day => { asked.Add(day); return Bundled; }, CapacityReader.LoadBundled().Items);
        Assert.True(ArticleInput.TryParse(Web, Sentence, "2025-02-10", "de", out ArticleInput? input, out string? problem), problem);

        Assert.True(ArticleVerification.TryVerify(input!, figures, screening: null, out VerifiedArticle? verified, out problem), problem);

        Assert.Equal([new DateOnly(2025, 2, 10)], asked);
        CheckedClaim claim = Assert.Single(verified!.Check.Claims, c => c.Claim.Text.Contains("13.221", StringComparison.Ordinal));
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("Checked against the figures published by 2025-02-10, the article's date.", verified.Basis);
        Assert.Null(verified.Report().DesignatedNames);
    }

    [Fact]
    public void Without_a_date_the_latest_figures_are_used_and_the_basis_says_so()
    {
        var figures = new ArticleFigures(Bundled, _ => throw new InvalidOperationException("no day to ask for"), []);
        Assert.True(ArticleInput.TryParse(Command, Sentence, null, null, out ArticleInput? input, out string? problem), problem);

        Assert.True(ArticleVerification.TryVerify(input!, figures, screening: null, out VerifiedArticle? verified, out problem), problem);

        Assert.Equal("auto", input!.Language);
        Assert.StartsWith("The article's date is not known", verified!.Basis, StringComparison.Ordinal);
        Assert.Contains(verified.Check.Claims, c => c.Verdict == Verdict.Supported);
    }

    [Fact]
    public void A_figure_revised_after_the_article_appeared_is_noted_beside_the_verdict()
    {
        // Made up for the test: the 2024 total as published later, higher than the article's.
        Observation total = Bundled.First(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "total" && o.Period.ToString() == "2024" && o.Value == 13221m);
        IReadOnlyList<Observation> later = [.. Bundled.Where(o => o != total), total with { Value = 13500m }];
        var figures = new ArticleFigures(later, _ => Bundled, []);
        Assert.True(ArticleInput.TryParse(Web, Sentence, "2025-02-10", "de", out ArticleInput? input, out _));

        Assert.True(ArticleVerification.TryVerify(input!, figures, screening: null, out VerifiedArticle? verified, out string? problem), problem);

        string note = Assert.Single(verified!.LaterReleaseLines);
        Assert.StartsWith("Claim ", note, StringComparison.Ordinal);
        Assert.Contains("13,500", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01", "x", "published '2025-13-01' is not an ISO date such as 2025-02-05", "--published '2025-13-01' is not an ISO date")]
    [InlineData("", "xx", "lang 'xx' is not one of auto", "--lang 'xx' is not one of auto")]
    public void A_bad_value_is_named_as_each_front_end_spells_it(string published, string lang, string web, string command)
    {
        string language = lang == "x" ? "auto" : lang;
        Assert.False(ArticleInput.TryParse(Web, Sentence, published, language, out _, out string? webProblem));
        Assert.False(ArticleInput.TryParse(Command, Sentence, published, language, out _, out string? commandProblem));
        Assert.StartsWith(web, webProblem, StringComparison.Ordinal);
        Assert.StartsWith(command, commandProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_a_nul_or_no_text_is_refused_with_the_field_named()
    {
        Assert.False(ArticleInput.TryParse(Web, "13.221\0Nordkoreaner", null, null, out _, out string? nul));
        Assert.Equal("text holds a NUL character (U+0000) at position 6; an article is plain text without control characters.", nul);
        Assert.False(ArticleInput.TryParse(Web, "  ", null, null, out _, out string? empty));
        Assert.StartsWith("text is required", empty, StringComparison.Ordinal);
    }
}
