using Flowwatch.Analysis.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Sanctions;

public sealed class ScreenerTests
{
    [Theory]
    [InlineData("Ri Je Son", "KPi.002")]
    [InlineData("Lee Je-son", "KPi.002")]
    [InlineData("RI, Je-son", "KPi.002")]
    [InlineData("Je-son Ri", "KPi.002")]
    [InlineData("Pak To-chun", "KPi.050")]
    [InlineData("Park Do-chun", "KPi.050")]
    [InlineData("Пак То Чхун", "KPi.050")]
    [InlineData("박도춘", "KPi.050")]
    [InlineData("Korea Yonbong General Corp.", "KPe.002")]
    [InlineData("Mansudae Overseas Project Group", "KPe.050")]
    [InlineData("Kim Yong Chul", "KPi.024")]
    [InlineData("Choi Chun-sik", "KPi.013")]
    [InlineData("IMO 5342883", "KPe.022")]
    [InlineData("SANS", "KPe.018")]
    [InlineData("Korea Tangun Trading Corporation", "KPe.008")]
    [InlineData("Chwe Chun-shik", "KPi.013")]
    public void Finds_the_listed_party_and_alerts(string name, string reference)
    {
        ScreeningMatch best = UnList.Screener.Screen(new ScreeningQuery(name))[0];
        Assert.Equal(reference, best.Party.Reference);
        Assert.True(best.Alert, best.Explanation);
        Assert.NotEmpty(best.Explanation);
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Ким Чен Ын")]
    [InlineData("김정은")]
    [InlineData("Kim")]
    [InlineData("Lee")]
    [InlineData("Samsung Electronics")]
    [InlineData("Korea Development Bank")]
    [InlineData("Kia Corporation")]
    [InlineData("Ri Je Sok")]
    public void Raises_no_alert_for_names_not_listed(string name) =>
        Assert.DoesNotContain(UnList.Screener.Screen(new ScreeningQuery(name)), m => m.Alert);

    [Fact]
    public void A_birth_year_that_does_not_fit_lowers_the_score_below_the_alert()
    {
        ScreeningMatch fits = UnList.Screener.Screen(new ScreeningQuery("Ri Je Son", ScreeningType.Person, 1938))[0];
        ScreeningMatch not = UnList.Screener.Screen(new ScreeningQuery("Ri Je Son", ScreeningType.Person, 1975))[0];
        Assert.True(fits.Alert);
        Assert.Contains("fits 1938", fits.Explanation, StringComparison.Ordinal);
        Assert.False(not.Alert);
        Assert.True(not.Score < fits.Score);
    }

    [Fact]
    public void The_type_restricts_the_candidates()
    {
        Assert.DoesNotContain(UnList.Screener.Screen(new ScreeningQuery("Korea Ryonbong General Corporation", ScreeningType.Person)), m => m.Party.Reference == "KPe.002");
        Assert.Empty(UnList.Screener.Screen(new ScreeningQuery("Ri Je Son", ScreeningType.Vessel)));
    }

    [Fact]
    public void Results_come_best_first_with_scores_between_0_and_1()
    {
        IReadOnlyList<ScreeningMatch> matches = UnList.Screener.Screen(new ScreeningQuery("Kim Song Chol"));
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Party.Reference), matches.Select(m => m.Party.Reference));
        Assert.All(matches, m => Assert.InRange(m.Score, Screener.ReportThreshold, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_development_set_meets_the_issue_bar(int seed)
    {
        IReadOnlyList<DevCase> cases = ScreeningDevSet.Build(UnList.Bundled, seed);
        DevSetScore score = DevSetScore.Of(cases, c => UnList.Screener.Screen(new ScreeningQuery(c.Query, c.Type)).Where(m => m.Alert).Select(m => m.Party.Reference).ToList());
        Assert.True(score.Recall >= 0.99, $"recall {score.Recall}: {string.Join("; ", score.Misses.Take(10).Select(c => c.Query))}");
        Assert.True(score.FalseAlertRate <= 0.01, $"false alerts {score.FalseAlertRate}: {string.Join("; ", score.Wrong.Take(10).Select(c => c.Query))}");
        Assert.True(score.Variants > 2000 && score.Negatives > 900);
    }
}
