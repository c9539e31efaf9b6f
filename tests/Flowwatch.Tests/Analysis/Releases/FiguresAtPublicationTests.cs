using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Releases;
using Flowwatch.Model;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Releases;

public sealed class FiguresAtPublicationTests
{
    private static readonly DateOnly Appeared = new(2024, 6, 1);

    private static ArticleCheck CheckAgainst(FiguresAtPublication figures, string text) =>
        figures.Guard(ArticleChecker.Check(text, new ClaimVerifier(figures.Figures), Appeared, "en"));

    [Fact]
    public void A_figure_of_an_ended_period_seen_only_later_can_support_a_claim()
    {
        FiguresAtPublication figures = FiguresAtPublication.Select([], [Some.Obs("2023", 1117)], Appeared);

        ArticleCheck check = CheckAgainst(figures, "In 2023, 1,117 North Koreans entered Russia.");

        Assert.Equal(1, figures.SeenLaterCount);
        Assert.Equal(Verdict.Supported, Assert.Single(check.Claims).Verdict);
    }

    [Fact]
    public void A_figure_seen_only_later_never_contradicts_a_claim()
    {
        FiguresAtPublication figures = FiguresAtPublication.Select([], [Some.Obs("2023", 1117)], Appeared);

        CheckedClaim claim = Assert.Single(CheckAgainst(figures, "In 2023, 2,000 North Koreans entered Russia.").Claims);

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Equal("seen-later", claim.Rule);
        Assert.Contains("after this article (2024-06-01)", claim.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_published_by_the_article_s_date_still_contradicts()
    {
        Observation then = Some.Obs("2023", 1117);
        FiguresAtPublication figures = FiguresAtPublication.Select([then], [then], Appeared);

        Assert.Equal(Verdict.Contradicted, Assert.Single(CheckAgainst(figures, "In 2023, 2,000 North Koreans entered Russia.").Claims).Verdict);
    }

    [Fact]
    public void A_period_not_over_when_the_article_appeared_is_not_taken_from_later_releases()
    {
        FiguresAtPublication figures = FiguresAtPublication.Select([Some.Obs("2024-Q1", 812)], [Some.Obs("2024-Q1", 812), Some.Obs("2024", 13221)], Appeared);

        Assert.Equal([Period.Parse("2024-Q1")], figures.Figures.Select(o => o.Period));
        Assert.Equal(0, figures.SeenLaterCount);
    }
}
