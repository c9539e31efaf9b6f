using Flowwatch.Analysis.Detection;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Queries;

public sealed class RequestParametersTests
{
    private static readonly RequestParameters Http = new(ParameterStyle.QueryString);
    private static readonly RequestParameters Cli = new(ParameterStyle.CommandLine);

    [Theory]
    [InlineData("KP", "KP")]
    [InlineData("kp", "KP")]
    [InlineData(" KP ", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("north korea", "KP")]
    [InlineData("DPRK", "KP")]
    [InlineData("Nordkorea", "KP")]
    [InlineData("КНДР", "KP")]
    [InlineData("кндр", "KP")]
    [InlineData("북한", "KP")]
    [InlineData("Russia", "RU")]
    [InlineData("Россия", "RU")]
    [InlineData("Deutschland", "DE")]
    [InlineData("Turkey", "TR")]
    [InlineData("IT", "IT")]
    public void TryCountry_reads_codes_and_names_in_every_language_under_every_culture(string text, string code)
    {
        foreach (string culture in CultureSaver.Cultures)
        {
            CultureSaver.Run(culture, () =>
            {
                Assert.True(Http.TryCountry("partner", text, out Country? country, out string? problem), problem);
                Assert.Equal(code, country!.Value.Code);
                Assert.Null(problem);
            });
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryCountry_takes_blank_as_not_given(string? text)
    {
        Assert.True(Http.TryCountry("reporter", text, out Country? country, out _));
        Assert.Null(country);
    }

    [Fact]
    public void TryCountry_names_what_was_typed_and_gives_an_example_when_it_knows_no_such_country()
    {
        Assert.False(Http.TryCountry("partner", "Atlantis", out _, out string? problem));
        Assert.Equal("partner 'Atlantis' is neither an ISO 3166-1 alpha-2 code nor a country name Flowwatch knows; for example KP or North Korea.", problem);
    }

    [Fact]
    public void TryCountry_refuses_a_name_two_countries_share_and_lists_them()
    {
        Assert.False(Cli.TryCountry("reporter", "Congo", out Country? country, out string? problem));
        Assert.Null(country);
        Assert.StartsWith("--reporter 'Congo' names more than one country (", problem, StringComparison.Ordinal);
        Assert.Contains("CG", problem, StringComparison.Ordinal);
        Assert.Contains("CD", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("as_of", "--as-of")]
    [InlineData("include_synthetic", "--include-synthetic")]
    [InlineData("partner", "--partner")]
    public void Command_line_style_spells_names_as_options(string name, string option)
    {
        Assert.Equal(option, ParameterStyle.CommandLine.Spell(name));
        Assert.Equal(name, ParameterStyle.QueryString.Spell(name));
    }

    [Fact]
    public void TryProvenance_reads_the_three_filters_under_every_culture()
    {
        foreach (string culture in CultureSaver.Cultures)
        {
            CultureSaver.Run(culture, () =>
            {
                Assert.True(Http.TryProvenance("2024-12-31", "2025-03-01", "true", ObservationQuery.All, out ObservationQuery q, out string? problem), problem);
                Assert.Equal(new DateOnly(2024, 12, 31), q.AsOf);
                // A bare date is the whole of that day.
                Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).AddDays(1).AddTicks(-1), q.KnownAt);
                Assert.True(q.IncludeSynthetic);
            });
        }
    }

    [Theory]
    [InlineData("31.12.2024", null, null, "--as-of '31.12.2024' is not a date such as 2024-12-31")]
    [InlineData(null, "yesterday", null, "--known-at 'yesterday' is not an ISO 8601 date or time")]
    [InlineData(null, null, "ja", "--include-synthetic 'ja' is not true or false.")]
    public void TryProvenance_names_the_option_that_is_wrong(string? asOf, string? knownAt, string? synthetic, string expected)
    {
        Assert.False(Cli.TryProvenance(asOf, knownAt, synthetic, ObservationQuery.All, out _, out string? problem));
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, Severity.Low)]
    [InlineData("low", Severity.Low)]
    [InlineData("MEDIUM", Severity.Medium)]
    [InlineData(" high ", Severity.High)]
    public void TrySeverity_reads_the_three_levels(string? text, Severity expected)
    {
        CultureSaver.Run("tr-TR", () =>
        {
            Assert.True(Http.TrySeverity("min_severity", text, out Severity s, out _));
            Assert.Equal(expected, s);
        });
    }

    [Fact]
    public void TrySeverity_and_TryYear_and_TryPeriodKind_refuse_other_words()
    {
        Assert.False(Http.TrySeverity("min_severity", "critical", out _, out string? p1));
        Assert.Equal("min_severity 'critical' is not one of low, medium, high.", p1);
        Assert.False(Cli.TryYear("since", "last year", out _, out string? p2));
        Assert.Equal("--since 'last year' is not a year such as 2019.", p2);
        Assert.False(Http.TryPeriodKind("by", "week", out _, out string? p3));
        Assert.Equal("by 'week' is not one of year, half, quarter, month.", p3);
    }

    [Fact]
    public void TryBreakdown_reads_upper_case_under_the_Turkish_culture()
    {
        // "STUDY".ToLower() under tr-TR would give a dotless ı; the parser must not care.
        CultureSaver.Run("tr-TR", () =>
        {
            Assert.True(Http.TryBreakdown("breakdown", "STUDY", out Breakdown? b, out string? problem), problem);
            Assert.Equal("study", b!.Value.Code);
        });
    }

    [Fact]
    public void ArticleLanguages_are_auto_and_every_folder_of_the_claim_reader()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Flowwatch", "Analysis", "Claims", "Languages");
        string[] folders = [.. Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Contains("ko", folders);
        Assert.Equal("auto", RequestParameters.ArticleLanguages[0]);
        Assert.Equal(folders, RequestParameters.ArticleLanguages.Skip(1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("KO", "ko")]
    [InlineData(null, "auto")]
    [InlineData(" de ", "de")]
    public void TryArticleLanguage_reads_every_language_in_either_case(string? text, string expected)
    {
        CultureSaver.Run("tr-TR", () =>
        {
            Assert.True(Http.TryArticleLanguage("lang", text, out string language, out string? problem), problem);
            Assert.Equal(expected, language);
        });
    }

    [Fact]
    public void TryArticleLanguage_lists_the_languages_when_refusing()
    {
        Assert.False(Http.TryArticleLanguage("lang", "fr", out _, out string? problem));
        Assert.StartsWith("lang 'fr' is not one of auto, ", problem, StringComparison.Ordinal);
        Assert.Contains("ko", problem, StringComparison.Ordinal);
    }
}
