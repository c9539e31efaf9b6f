using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Sanctions;

/// <summary>Screening of names from every script and habit, on a small list written by code (names of our own).</summary>
public sealed class NameMatchingTests
{
    private static readonly Lazy<Screener> LazyScreener = new(() => new Screener(List()));

    private static Screener Screener => LazyScreener.Value;

    [Theory]
    [InlineData("Anatoly Petrenco", "T1")]                   // one letter in an eight-letter word
    [InlineData("Anna Kowalski", "T3")]
    [InlineData("V. Kuznetsova", "T2")]                      // an initial
    [InlineData("Anna B. Kowalska", "T3")]                   // an extra initial
    [InlineData("AnnaKowalska", "T3")]                       // words joined
    [InlineData("Van Der Meer Shipping", "T14")]             // words split
    [InlineData("Kowalska Anna", "T3")]                      // word order
    [InlineData("Dr. Anna Kowalska", "T3")]                  // a title
    [InlineData("Mohammed Abdul Karim al-Tamimi", "T4")]     // Arabic variants: Muhammad/Mohammed, Abd al-/Abdul, al-/el-
    [InlineData("Mohamed Abdelkarim el-Tamimi", "T4")]
    [InlineData("Олександр Шевчук", "T6")]                   // Ukrainian Cyrillic, passport spelling
    [InlineData("Дмитрий Соколов", "T7")]                    // Russian Cyrillic
    [InlineData("Милош Јовановић", "T8")]                    // Serbian Cyrillic
    [InlineData("Нұрлан Әбдіров", "T9")]                     // Kazakh Cyrillic
    [InlineData("Батбаяр Ганзориг", "T15")]                  // Mongolian Cyrillic
    [InlineData("周晓明", "T10")]                             // Chinese characters through their readings
    [InlineData("Volga Neft OOO", "T11")]                    // a legal form in another language
    [InlineData("Baltic Ferrum Aktiengesellschaft", "T12")]
    [InlineData("Ivan Orlov", "T13")]                        // a patronymic not given
    public void Finds_the_listed_party(string name, string reference)
    {
        ScreeningMatch best = Screener.Screen(new ScreeningQuery(name))[0];
        Assert.Equal(reference, best.Party.Reference);
        Assert.True(best.Alert, best.Explanation);
    }

    [Theory]
    [InlineData("Anatoly Petrov")]                           // another surname
    [InlineData("Khalid bin Saeed al-Harbi")]                // father and son the other way round
    [InlineData("Ivan Sergeyevich Orlov")]                   // another father
    [InlineData("Hanna Nowak")]
    public void Raises_no_alert_for_another_person(string name) =>
        Assert.DoesNotContain(Screener.Screen(new ScreeningQuery(name)), m => m.Alert);

    [Fact]
    public void An_explanation_names_the_words_that_did_not_match()
    {
        ScreeningMatch m = Screener.Screen(new ScreeningQuery("Anna Maria Kowalska"))[0];
        Assert.Equal("T3", m.Party.Reference);
        Assert.Contains("query words not on the listed name: Maria", m.Explanation, StringComparison.Ordinal);

        ScreeningMatch orlov = Screener.Screen(new ScreeningQuery("Ivan Orlov"))[0];
        Assert.Contains("listed words not in the query: Petrovich (father's name)", orlov.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foreign Trade Bank of North Korea", "KPe.047")]   // the party's own country named in the query
    [InlineData("조선광선은행", "KPe.025")]                            // an entity in Hangul
    [InlineData("Корея Рёнбон", "KPe.002")]                        // an entity in Cyrillic
    [InlineData("Chong Chon Gang", "KPe.022")]                     // a vessel by the name its company bears
    [InlineData("Mansudae", "KPe.050")]                            // a distinctive word alone
    public void Finds_the_un_list_party(string name, string reference)
    {
        ScreeningMatch best = UnList.Screener.Screen(new ScreeningQuery(name))[0];
        Assert.Equal(reference, best.Party.Reference);
        Assert.True(best.Alert, best.Explanation);
    }

    [Fact]
    public void A_distinctive_word_alone_is_scored_as_such()
    {
        ScreeningMatch m = UnList.Screener.Screen(new ScreeningQuery("Ryonbong"))[0];
        Assert.Equal("distinctive-word", m.Rule);
        Assert.Contains("confirm the full name", m.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(UnList.Screener.Screen(new ScreeningQuery("Trading")), x => x.Alert);
    }

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
            P("T1", PartyKind.Person, "Anatoly Petrenko"),
            P("T2", PartyKind.Person, "Valentina Kuznetsova"),
            P("T3", PartyKind.Person, "Anna Kowalska"),
            P("T4", PartyKind.Person, "Muhammad Abd al-Karim al-Tamimi"),
            P("T5", PartyKind.Person, "Saeed bin Khalid al-Harbi"),
            P("T6", PartyKind.Person, "Oleksandr Petrovych Shevchuk"),
            P("T7", PartyKind.Person, "Dmitriy Sokolov"),
            P("T8", PartyKind.Person, "Milos Jovanovic"),
            P("T9", PartyKind.Person, "Nurlan Abdirov"),
            P("T10", PartyKind.Person, "Zhou Xiaoming"),
            P("T11", PartyKind.Entity, "Obshchestvo s ogranichennoy otvetstvennostyu Volga Neft"),
            P("T12", PartyKind.Entity, "Baltic Ferrum AG"),
            P("T13", PartyKind.Person, "Ivan Petrovich Orlov"),
            P("T14", PartyKind.Entity, "Vandermeer Shipping"),
            P("T15", PartyKind.Person, "Batbayar Ganzorig"),
        ]);
    }
}
