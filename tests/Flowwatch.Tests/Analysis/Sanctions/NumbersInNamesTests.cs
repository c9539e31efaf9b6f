using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Tests.Analysis.Sanctions;

/// <summary>
/// A number in a name (issue 23): an ordinal reads the same in digits and in words (1st = First), and a different ordinal
/// on each side is a different institution whatever else the names share (3rd Commercial Bank is not First Commercial
/// Bank). Both directions: the number as written on the list and as written in the query. A series number (Fund III, Fund
/// IV) is not an ordinal: a member of the same family, left to the score. Names of our own, on lists written here.
/// </summary>
public sealed class NumbersInNamesTests
{
    private static readonly Lazy<Screener> InWords = new(() => Screener(
        ("N1", "First International Bank"),
        ("N2", "First Commercial Bank"),
        ("N3", "Third Harbour Shipping Company")));

    private static readonly Lazy<Screener> InDigits = new(() => Screener(
        ("D1", "1st International Bank"),
        ("D2", "3rd Commercial Bank"),
        ("D3", "22nd Harbour Shipping Company")));

    [Theory]
    [InlineData("1st International Bank", "N1")]
    [InlineData("3rd Harbour Shipping Company", "N3")]
    [InlineData("Third Harbor Shipping Co", "N3")]
    public void An_ordinal_in_digits_finds_the_name_listed_in_words(string query, string reference) =>
        AssertAlerts(InWords.Value, query, reference);

    [Theory]
    [InlineData("First International Bank", "D1")]
    [InlineData("Third Commercial Bank", "D2")]
    [InlineData("Twenty-second Harbour Shipping Company", "D3")]
    public void An_ordinal_in_words_finds_the_name_listed_in_digits(string query, string reference) =>
        AssertAlerts(InDigits.Value, query, reference);

    [Theory]
    [InlineData("3rd Commercial Bank")]
    [InlineData("Second International Bank")]
    [InlineData("2nd International Bank")]
    [InlineData("Fourth Harbour Shipping Company")]
    public void Another_number_does_not_alert_on_a_name_listed_in_words(string query) =>
        AssertNoAlert(InWords.Value, query);

    [Theory]
    [InlineData("First Commercial Bank")]
    [InlineData("2nd International Bank")]
    [InlineData("21st Harbour Shipping Company")]
    public void Another_number_does_not_alert_on_a_name_listed_in_digits(string query) =>
        AssertNoAlert(InDigits.Value, query);

    [Fact]
    public void The_explanation_says_the_numbers_differ()
    {
        // Harbour is a distinctive word, so the other bank is still reported (below the alert), with the reason.
        ScreeningMatch m = Assert.Single(InWords.Value.Screen(new ScreeningQuery("Fourth Harbour Shipping Company")), x => x.Party.Reference == "N3");
        Assert.False(m.Alert);
        Assert.Contains("a different ordinal number on each side", m.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_number_is_not_an_ordinal()
    {
        Screener screener = Screener(("S1", "Harbour Lights Fund III L.P."));
        ScreeningMatch m = Assert.Single(screener.Screen(new ScreeningQuery("Harbour Lights Fund IV L.P.")));
        Assert.DoesNotContain("ordinal", m.Explanation, StringComparison.Ordinal);
        Assert.True(m.Alert, m.Explanation);
    }

    private static void AssertAlerts(Screener screener, string query, string reference)
    {
        IReadOnlyList<ScreeningMatch> matches = screener.Screen(new ScreeningQuery(query));
        Assert.NotEmpty(matches);
        Assert.Equal(reference, matches[0].Party.Reference);
        Assert.True(matches[0].Alert, matches[0].Explanation);
    }

    private static void AssertNoAlert(Screener screener, string query)
    {
        IReadOnlyList<ScreeningMatch> matches = screener.Screen(new ScreeningQuery(query));
        Assert.DoesNotContain(matches, m => m.Alert);
    }

    private static Screener Screener(params (string Reference, string Name)[] entities) =>
        new(new SanctionsList(new SourceDocument("test", "numbers.xml", "test", "test", new DateOnly(2026, 1, 1)), DateTimeOffset.UnixEpoch,
            [.. entities.Select(e => new DesignatedParty
            {
                Reference = e.Reference,
                Kind = PartyKind.Entity,
                Regime = "TEST",
                NameParts = [e.Name],
                Names = [new ListedName(e.Name, AliasQuality.Primary)],
            })]));
}
