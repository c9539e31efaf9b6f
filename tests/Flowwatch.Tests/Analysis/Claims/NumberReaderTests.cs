using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>The numbers stage on its own: which numbers of a sentence may be claims, with value, hedge and kind.</summary>
public sealed class NumberReaderTests
{
    private static List<Candidate> Numbers(string language, string text)
    {
        Lexicon lexicon = Lexicon.For(language);
        var tokens = new TokenBuffer(64);
        Tokenizer.Tokenize(text, lexicon, tokens);
        var cues = new CueReader(lexicon, tokens, text, new DateOnly(2025, 2, 10));
        var numbers = new NumberReader(lexicon, tokens, text, cues);
        cues.Read(0, tokens.Count);
        numbers.Read(0, tokens.Count);
        return numbers.Candidates;
    }

    [Theory]
    [InlineData("de", "Im Jahr 2024 reisten fast 8.000 Nordkoreaner ein.", 8000, QuantityKind.Count, Qualifier.Almost)]
    [InlineData("en", "That is twelve times more than in 2023.", 12, QuantityKind.Multiple, Qualifier.None)]
    [InlineData("ko", "2024년 북한인 1만 3221명이 입국했다.", 13221, QuantityKind.Count, Qualifier.None)]
    [InlineData("ru", "в 2024 году въехали около 13 тысяч граждан КНДР", 13000, QuantityKind.Count, Qualifier.About)]
    public void The_claimed_number_is_read_and_the_year_is_not(string language, string text, int value, QuantityKind kind, Qualifier qualifier)
    {
        Candidate c = Assert.Single(Numbers(language, text));
        Assert.Equal(value, c.Value);
        Assert.Equal(kind, c.Kind);
        Assert.Equal(qualifier, c.Qualifier);
    }

    [Theory]
    [InlineData("en", "Resolution 2397 was adopted on 22 December 2017.")]
    [InlineData("en", "The 25-year-old student stayed for 3 years.")]
    public void Dates_resolution_numbers_ages_and_durations_are_not_claims(string language, string text) =>
        Assert.Empty(Numbers(language, text));
}
