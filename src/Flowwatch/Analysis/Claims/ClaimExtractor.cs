
namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Finds statistical claims in German, English, Russian and Korean news text and reads each one's frame: who is
/// counted, what (entries, visas, workers present), for which purpose, when, compared with when. Years,
/// dates, resolution and page numbers, ages and durations are not claims. The scan is linear in the
/// text: one tokenizing pass, then a bounded look around each number.
/// </summary>
public static class ClaimExtractor
{
    // A buffer kept for the next article on this thread; a huge input's buffer is let go.
    private const int MaxCachedTokens = 1 << 16;

    // The longest stretch of tokens read as one sentence.
    private const int MaxSentenceTokens = 400;

    [ThreadStatic]
    private static TokenBuffer? _cachedTokens;

    /// <summary>Extracts the claims of an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="language">One of <see cref="ArticleChecker.Languages"/>.</param>
    /// <param name="published">The publication date, against which "this year" and year-less periods resolve; null if unknown.</param>
    public static IReadOnlyList<Claim> Extract(ArticleText article, string language, DateOnly? published) =>
        Extract(article, language, published, int.MaxValue, out _);

    /// <summary>Extracts the first <paramref name="maxClaims"/> claims of an article and counts the rest.</summary>
    /// <param name="article">The article.</param>
    /// <param name="language">One of <see cref="ArticleChecker.Languages"/>.</param>
    /// <param name="published">The publication date, against which "this year" and year-less periods resolve; null if unknown.</param>
    /// <param name="maxClaims">The most claims read in full, in text order.</param>
    /// <param name="leftOut">How many claims the article states after them: found and counted, their frames not read.</param>
    public static IReadOnlyList<Claim> Extract(ArticleText article, string language, DateOnly? published, int maxClaims, out int leftOut)
    {
        ArgumentNullException.ThrowIfNull(article);
        Lexicon lexicon = Lexicon.For(language);
        // One buffer per thread, reused: a fresh one per article would be large enough (tens of KB) to
        // land on the large-object heap as it grows, and full collections showed up as p99 spikes.
        TokenBuffer tokens = _cachedTokens ?? new TokenBuffer(4096);
        _cachedTokens = null;
        tokens.Clear();
        Tokenizer.Tokenize(article.Text, lexicon, tokens);
        var state = new DocumentState(article, lexicon, tokens, published, maxClaims);
        int sentenceStart = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            // A "sentence" of thousands of tokens is not prose (a table, a list of numbers, garbage): cutting it keeps the
            // per-sentence stages, which compare every cue with every number, linear in the whole input.
            if (i - sentenceStart >= MaxSentenceTokens)
            {
                state.ReadSentence(sentenceStart, i);
                sentenceStart = i;
            }

            if (IsSentenceEnd(article.Text, tokens, i))
            {
                state.ReadSentence(sentenceStart, i + 1);
                if (tokens.Items[i].Kind == TokenKind.Newline)
                {
                    state.EndParagraph();
                }

                sentenceStart = i + 1;
            }
        }

        state.ReadSentence(sentenceStart, tokens.Count);
        if (tokens.Items.Length <= MaxCachedTokens)
        {
            _cachedTokens = tokens;
        }

        leftOut = state.LeftOut;
        return state.Claims;
    }

    private static bool IsSentenceEnd(string text, TokenBuffer tokens, int i)
    {
        ref readonly Token t = ref tokens.Items[i];
        if (t.Kind == TokenKind.Newline)
        {
            return true;
        }

        if (t.Kind != TokenKind.Punct || t.Char is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        ref readonly Token next = ref tokens.Items[i + 1];
        if (next.Kind == TokenKind.Newline)
        {
            return true;
        }

        if (!next.SpaceBefore)
        {
            return false;
        }

        if (i > 0)
        {
            ref readonly Token prev = ref tokens.Items[i - 1];
            if (prev.Kind == TokenKind.Word && (prev.Length == 1 || prev.Entry?.Kind is LexKind.Abbreviation or LexKind.Scale))
            {
                return false;
            }

            // "am 10. Februar", "im 3. Quartal": a German ordinal, not the end of a sentence.
            if (prev.Kind == TokenKind.Number && prev.Plain && prev.Value <= 31 && next.Entry?.Kind is LexKind.Month or LexKind.Quarter or LexKind.Half)
            {
                return false;
            }
        }

        return next.Kind == TokenKind.Number || next.Kind == TokenKind.Punct || (next.Kind == TokenKind.Word && !char.IsLower(text[next.Start]));
    }
}
