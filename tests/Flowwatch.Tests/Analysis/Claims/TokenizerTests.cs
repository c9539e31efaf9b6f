using System.Globalization;
using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("de", "13.221", "13221", "1")]
    [InlineData("de", "13.000", "13000", "1000")]
    [InlineData("de", "3,2", "3.2", "0.1")]
    [InlineData("de", "7800", "7800", "100")]
    [InlineData("en", "13,221", "13221", "1")]
    [InlineData("en", "3.2", "3.2", "0.1")]
    [InlineData("en", "1,000,000", "1000000", "1000000")]
    [InlineData("ru", "13 221", "13221", "1")]
    [InlineData("ru", "13\u00A0221", "13221", "1")]
    [InlineData("ru", "13\u202F221", "13221", "1")]
    [InlineData("ru", "3,2", "3.2", "0.1")]
    [InlineData("de", "13 221", "13221", "1")]
    [InlineData("en", "13\u202F221", "13221", "1")]
    [InlineData("en", "13 221", "13221", "1")]
    [InlineData("ru", "13\u00AD221", "13221", "1")]
    [InlineData("ko", "13\u2009221", "13221", "1")]
    public void Numbers_are_read_with_the_languages_grouping(string lang, string text, string value, string precision)
    {
        var tokens = new TokenBuffer(8);
        Tokenizer.Tokenize(text, Lexicon.For(lang), tokens);
        Assert.Equal(1, tokens.Count);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), tokens.Items[0].Value);
        Assert.Equal(decimal.Parse(precision, CultureInfo.InvariantCulture), tokens.Items[0].Precision);
    }

    [Fact]
    public void A_year_and_a_count_side_by_side_stay_apart_in_russian()
    {
        var tokens = new TokenBuffer(8);
        Tokenizer.Tokenize("2024 13 221", Lexicon.For("ru"), tokens);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(2024m, tokens.Items[0].Value);
        Assert.Equal(13221m, tokens.Items[1].Value);
    }

    [Theory]
    [InlineData("de", "Im Jahr 2024 reisten 13 221 Nordkoreaner nach Russland ein.")]
    [InlineData("en", "In 2024, 13\u202F221 North Koreans entered Russia.")]
    [InlineData("ru", "В 2024 году в Россию въехали 13\u00AD221 гражданин КНДР.")]
    public void A_grouped_count_is_one_number_and_checks_as_the_published_figure(string lang, string text)
    {
        // hostile-2 R02: "13 221" with an SI space, a narrow no-break space or a soft hyphen was read as 13 and 221, and both
        // were called contradicted. It is one number, the published 13,221.
        var tokens = new TokenBuffer(32);
        Tokenizer.Tokenize(text, Lexicon.For(lang), tokens);
        Assert.Contains(tokens.Items.Take(tokens.Count), t => t.Kind == TokenKind.Number && t.Value == 13221m);
        Assert.DoesNotContain(tokens.Items.Take(tokens.Count), t => t.Kind == TokenKind.Number && t.Value is 13m or 221m);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    [InlineData("tr-TR")]
    public void Verdicts_do_not_depend_on_the_current_culture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var problems = ClaimFixtures.Evaluate(ClaimFixtures.Load("claims-cases.jsonl")).SelectMany(s => s.Problems).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
