using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>The attachment stage on its own: which number a cue goes to.</summary>
public sealed class AttachmentTests
{
    [Theory]
    [InlineData("en", "40 in the first quarter and 300 in the second", "first", "40")]
    [InlineData("en", "160 for business, 50 for private reasons", "business", "160")]
    [InlineData("en", "160 for business, 50 for private reasons", "private", "50")]
    [InlineData("en", "from 1,100 in 2023 to 1,500 in 2024", "2023", "1,100")]
    [InlineData("en", "from 1,100 in 2023 to 1,500 in 2024", "2024", "1,500")]
    [InlineData("en", "3,765 entered to study, sixty times more", "study", "3,765")]
    [InlineData("ko", "사업(471명)이 가장 많았고 △개인사(95명)", "개인사", "95")]
    [InlineData("ko", "사업(471명)이 가장 많았고 △개인사(95명)", "사업", "471")]
    [InlineData("ru", "с 735 поездок в прошлом году до 7,7 тысячи в 2024-м", "прошлом", "735")]
    public void A_cue_goes_to_the_number_of_its_clause(string language, string text, string cue, string number)
    {
        Lexicon lexicon = Lexicon.For(language);
        var tokens = new TokenBuffer(64);
        Tokenizer.Tokenize(text, lexicon, tokens);
        var numbers = new List<(int Start, int End)>();
        int cueToken = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens.Items[i];
            if (t.Kind == TokenKind.Number && !(t.Value is >= 1950 and <= 2049 && t.Plain))
            {
                numbers.Add((i, i));
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number && text[t.Start..t.End] == cue)
            {
                cueToken = i;
            }
        }

        Assert.True(cueToken >= 0, $"'{cue}' is not a token of '{text}'");
        int best = Attachment.Best(tokens, lexicon, text, cueToken, cueToken, numbers.ToArray());
        Token chosen = tokens.Items[numbers[best].Start];
        Assert.Equal(number, text[chosen.Start..chosen.End]);
    }

    [Fact]
    public void A_cue_far_from_every_number_goes_to_none()
    {
        Lexicon lexicon = Lexicon.For("en");
        string text = "7 " + string.Concat(Enumerable.Repeat("word ", Attachment.MaxReach + 5)) + "study";
        var tokens = new TokenBuffer(128);
        Tokenizer.Tokenize(text, lexicon, tokens);
        Assert.Equal(-1, Attachment.Best(tokens, lexicon, text, tokens.Count - 1, tokens.Count - 1, new[] { (0, 0) }));
    }
}
