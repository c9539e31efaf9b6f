using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Tests.Analysis.Sanctions;

/// <summary>
/// The candidate index must not lose a listed name that the comparison would alert on (issue 23): a spelling of a common
/// given name the list also knows in another spelling (two edits from it), and ordinals written in digits. Names of our
/// own, on a list written here. ("1st" is still read as the letters "ist" by the digits-for-letters rule; see
/// docs/sanctions.md, Limits.)
/// </summary>
public sealed class CandidateIndexTests
{
    private static readonly Lazy<Screener> LazyScreener = new(() => new Screener(List()));

    private static SanctionsList List()
    {
        static DesignatedParty P(string reference, PartyKind kind, string name) => new()
        {
            Reference = reference,
            Kind = kind,
            Regime = "TEST",
            NameParts = [name],
            Names = [new ListedName(name, AliasQuality.Primary)],
        };

        return new SanctionsList(new SourceDocument("test", "test.xml", "test", "test", new DateOnly(2026, 1, 1)), DateTimeOffset.UnixEpoch,
        [
            P("C1", PartyKind.Person, "Muhammad bin Faisal"),
            P("C2", PartyKind.Person, "Mohammed Yusuf Karimi"),      // the list knows both spellings
            P("C3", PartyKind.Person, "Mohamed Idris Hamdan"),
            P("C4", PartyKind.Entity, "First Commercial Bank"),
            P("C5", PartyKind.Entity, "Second Atlantic Trading Company"),
            P("C6", PartyKind.Entity, "Commercial Bank of Avalon"),
            P("C7", PartyKind.Entity, "International Trading Company"),
        ]);
    }

    [Theory]
    [InlineData("Mohammed bin Faisal", "C1")]
    [InlineData("Mohamed bin Faisal", "C1")]
    [InlineData("bin Faisal Mohammed", "C1")]
    [InlineData("Muhammad Yusuf Karimi", "C2")]
    [InlineData("Muhammad Idris Hamdan", "C3")]
    [InlineData("2nd Atlantic Trading Company", "C5")]
    public void The_listed_name_reaches_the_comparison_and_alerts(string query, string reference)
    {
        IReadOnlyList<ScreeningMatch> matches = LazyScreener.Value.Screen(new ScreeningQuery(query));
        Assert.NotEmpty(matches);
        Assert.Equal(reference, matches[0].Party.Reference);
        Assert.True(matches[0].Alert, matches[0].Explanation);
    }

    [Theory]
    [InlineData("3rd Commercial Bank")]   // another number is another bank
    [InlineData("Mohammed bin Khalid")]  // another father
    public void Another_name_does_not_alert(string query) =>
        Assert.DoesNotContain(LazyScreener.Value.Screen(new ScreeningQuery(query)), m => m.Alert);
}
