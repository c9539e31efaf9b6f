using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Tests.Analysis.Sanctions;

/// <summary>
/// The candidate index must not lose a listed name that the comparison would alert on (issue 23): a spelling of a common
/// given name the list also knows in another spelling (two edits from it), and ordinals written in digits. Names of our
/// own, on a list written here (more on numbers in <see cref="NumbersInNamesTests"/>).
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

    [Fact]
    public void A_listed_word_beyond_the_typing_tolerance_is_no_candidate()
    {
        // Dorabella and Rabellato share the deletion variant "rabella" (two letters off each), but are four edits apart:
        // the comparison would never pair them, so the index must not make them compared. Galvanetti is one edit from
        // Galvanetta, within the tolerance, and stays reached.
        PreparedName[] names = [Prepared("I1", "Dorabella"), Prepared("I2", "Rabellato"), Prepared("I3", "Galvanetta")];
        var index = new NameIndex(names);
        NameToken dorabella = names[0].Tokens.Single(), rabellato = names[1].Tokens.Single();
        Assert.True(TokenSimilarity.Edits(dorabella.Key, rabellato.Key, 4) > TokenSimilarity.AllowedEdits(Math.Max(dorabella.Key.Length, rabellato.Key.Length)));

        Assert.Equal([0], index.Candidates(NameTokenizer.Tokenize("Dorabella", person: false), nasal: false, abjad: false).Keys);
        Assert.Equal([1], index.Candidates(NameTokenizer.Tokenize("Rabellato", person: false), nasal: false, abjad: false).Keys);
        Assert.Equal([2], index.Candidates(NameTokenizer.Tokenize("Galvanetti", person: false), nasal: false, abjad: false).Keys);
        Assert.Empty(index.Candidates(NameTokenizer.Tokenize("Xorabellum", person: false), nasal: false, abjad: false).Keys);
    }

    private static PreparedName Prepared(string reference, string name)
    {
        var party = new DesignatedParty
        {
            Reference = reference,
            Kind = PartyKind.Entity,
            Regime = "TEST",
            NameParts = [name],
            Names = [new ListedName(name, AliasQuality.Primary)],
        };
        return new PreparedName(party, party.Names[0], name, false, 0, NameScripts.Readings(name, personName: false)[0]);
    }
}
