using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>The cues stage on its own: the period phrases of a sentence, before any number is read.</summary>
public sealed class CueReaderTests
{
    private static List<PeriodCue> Cues(string language, string text)
    {
        Lexicon lexicon = Lexicon.For(language);
        var tokens = new TokenBuffer(64);
        Tokenizer.Tokenize(text, lexicon, tokens);
        var reader = new CueReader(lexicon, tokens, text, new DateOnly(2025, 2, 10));
        reader.Read(0, tokens.Count);
        return reader.Cues;
    }

    [Theory]
    [InlineData("en", "In 2024, 13,221 North Koreans entered Russia.", PeriodKind.Year, 2024)]
    [InlineData("de", "Im dritten Quartal 2024 reisten 3.765 Nordkoreaner ein.", PeriodKind.Quarter, 2024)]
    public void A_stated_period_is_one_cue_with_its_year(string language, string text, PeriodKind kind, int year)
    {
        PeriodCue cue = Assert.Single(Cues(language, text), c => c.Kind == kind);
        Assert.Equal(year, cue.Year);
        Assert.False(cue.Compare);
        Assert.False(cue.Since);
    }

    [Fact]
    public void A_korean_quarter_and_its_year_are_two_cues()
    {
        List<PeriodCue> cues = Cues("ko", "2024년 3·4분기 북한인 3765명이 입국했다.");
        Assert.Contains(cues, c => c.Kind == PeriodKind.Quarter && c.Index == 3);
        Assert.Contains(cues, c => c.Kind == PeriodKind.Year && c.Year == 2024);
    }

    [Theory]
    [InlineData("en", "12 times more than in 2023")]
    [InlineData("ru", "в 12 раз больше, чем в 2023 году")]
    public void A_base_of_comparison_is_marked_compare(string language, string text) =>
        Assert.Contains(Cues(language, text), c => c.Compare && c.Year == 2023);

    [Fact]
    public void A_span_start_is_marked_since() =>
        Assert.Contains(Cues("en", "the highest number since 2012"), c => c.Since && c.Year == 2012);

    [Fact]
    public void Last_year_is_relative_to_the_publication_date() =>
        Assert.Contains(Cues("en", "Last year 13,221 North Koreans came."), c => c.RelativeToPublication == -1);

    [Fact]
    public void A_count_of_people_is_not_a_year()
    {
        Assert.DoesNotContain(Cues("ru", "въехали 2024 северокорейца"), c => c.Kind == PeriodKind.Year);
        Assert.Empty(Cues("en", "13,221 North Koreans came."));
    }
}
