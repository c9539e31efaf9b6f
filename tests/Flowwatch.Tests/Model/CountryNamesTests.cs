using Flowwatch.Model;

namespace Flowwatch.Tests.Model;

public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("КНДР")]
    [InlineData("Корейская Народно-Демократическая Республика")]
    [InlineData("КНДР (Корейская Народно-Демократическая Республика)")]
    [InlineData("Nordkorea")]
    [InlineData("North Korea")]
    [InlineData("DPRK")]
    [InlineData("Nordkoreaner")]
    [InlineData("северокорейцы")]
    [InlineData("북한")]
    [InlineData("  кндр¹ ")]
    [InlineData("КНДР*")]
    [InlineData("КНДР 2)")]
    [InlineData("kp")]
    public void TryResolve_finds_north_korea_in_every_form(string text)
    {
        Assert.True(CountryNames.Default.TryResolve(text, out Country c), text);
        Assert.Equal("KP", c.Code);
    }

    [Theory]
    [InlineData("Китай", "CN")]
    [InlineData("Узбекистан", "UZ")]
    [InlineData("Кыргызстан", "KG")]
    [InlineData("Russland", "RU")]
    [InlineData("Республика Корея", "KR")]
    [InlineData("Вьетнам", "VN")]
    [InlineData("Germany", "DE")]
    public void TryResolve_knows_other_countries(string text, string code)
    {
        Assert.True(CountryNames.Default.TryResolve(text, out Country c), text);
        Assert.Equal(code, c.Code);
    }

    [Theory]
    [InlineData("Атлантида")]
    [InlineData("")]
    [InlineData("Всего")]
    [InlineData("XX")]
    public void TryResolve_refuses_what_is_not_a_country(string text) => Assert.False(CountryNames.Default.TryResolve(text, out _));

    [Fact]
    public void Every_assigned_code_is_known()
    {
        // The 249 ISO-assigned codes and XK (Kosovo), user-assigned but used by the EU and Eurostat.
        Assert.Equal(250, CountryNames.Default.Countries.Count());
        Assert.Contains(CountryNames.Default.Countries, c => c.Code == "XK");
        Assert.True(Country.TryParse("KP", out _));
        Assert.False(Country.TryParse("XX", out _));
        Assert.False(Country.TryParse("KPX", out _));
    }

    [Fact]
    public void NameOf_gives_the_name_in_each_language()
    {
        Country kp = Country.Parse("KP");
        Assert.Equal("North Korea", CountryNames.Default.NameOf(kp, "en"));
        Assert.Equal("Nordkorea", CountryNames.Default.NameOf(kp, "de"));
        Assert.StartsWith("КНДР", CountryNames.Default.NameOf(kp, "ru"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RU", "Russia")]
    [InlineData("KR", "South Korea")]
    [InlineData("CN", "China")]
    [InlineData("KP", "North Korea")]
    [InlineData("DE", "Germany")]
    public void A_country_is_named_in_English_as_a_reader_names_it_and_the_official_name_still_resolves(string code, string name)
    {
        Country country = Country.Parse(code);
        Assert.Equal(name, country.EnglishName);
        Assert.Equal(name, CountryNames.Default.NameOf(country, "en"));
        Assert.True(CountryNames.Default.TryResolve(name, out Country back));
        Assert.Equal(country, back);
    }

    [Theory]
    [InlineData("США", "US")]
    [InlineData("Великобритания", "GB")]
    [InlineData("Виргинские Острова (США)", "VI")]
    [InlineData("Виргинские острова, Британские", "VG")]
    public void A_bare_name_denotes_the_sovereign_state_never_its_dependency(string text, string code)
    {
        CountryMatch match = CountryNames.Default.Match(text);
        Assert.True(match.IsFound, match.CandidateCodes);
        Assert.Equal(code, match.Country.Code);
    }

    [Theory]
    [InlineData("Congo", "CD, CG")]
    [InlineData("Виргинские острова", "VG, VI")]
    public void A_name_two_countries_could_carry_is_ambiguous_and_names_both(string text, string codes)
    {
        CountryMatch match = CountryNames.Default.Match(text);
        Assert.True(match.IsAmbiguous);
        Assert.Equal(codes, match.CandidateCodes);
        Assert.False(CountryNames.Default.TryResolve(text, out _));
    }

    [Fact]
    public void No_form_is_settled_by_the_order_of_the_data_files()
    {
        // Every form two or more countries carry either resolves by the sovereignty rule or is reported as ambiguous.
        foreach (IGrouping<string, CountryForm> form in CountryNames.Default.Forms.GroupBy(f => CountryNames.Normalize(f.Text)))
        {
            var carriers = form.Select(f => f.Country).Distinct().ToList();
            CountryMatch match = CountryNames.Default.Match(form.First().Text);
            if (carriers.Count == 1)
            {
                Assert.Equal(carriers[0], match.Country);
            }
            else if (match.IsFound)
            {
                Assert.All(carriers.Where(c => c != match.Country), c => Assert.Equal(match.Country, CountryNames.Default.SovereignOf(c)));
            }
        }
    }

    [Fact]
    public void Every_dependency_names_a_sovereign_state_that_is_no_dependency_itself()
    {
        foreach (Country c in CountryNames.Default.Countries)
        {
            if (CountryNames.Default.SovereignOf(c) is { } sovereign)
            {
                Assert.Null(CountryNames.Default.SovereignOf(sovereign));
            }
        }
    }
}
