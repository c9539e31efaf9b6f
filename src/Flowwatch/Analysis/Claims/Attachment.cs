namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The attachment stage: decides which number of a sentence each cue (a period, a purpose) belongs to.
/// Cues compete for numbers rather than numbers for the nearest cue: a cue goes to the number it is closest to,
/// counting clause boundaries (commas, dashes, brackets, "and", "до"/"to" ranges) as extra distance, so that in
/// "40 in the first quarter and 300 in the second" the first quarter is the 40's and in "사업(471명) △개인사(95명)"
/// each purpose is its own number's. Lists read "respectively" pair their cues with their numbers in order.
/// </summary>
internal static class Attachment
{
    /// <summary>What one clause boundary costs, in tokens of distance.</summary>
    public const int BoundaryCost = 8;

    /// <summary>The furthest a cue reaches, in tokens.</summary>
    public const int MaxReach = 60;

    /// <summary>The index of the number (among <paramref name="numbers"/>) a cue spanning tokens from..to attaches to; -1 if none.</summary>
    /// <param name="tokens">The article's tokens.</param>
    /// <param name="lexicon">The language.</param>
    /// <param name="text">The analysed text (for conjunctions).</param>
    /// <param name="from">The cue's first token.</param>
    /// <param name="to">The cue's last token.</param>
    /// <param name="numbers">The numbers of the sentence: first token, last token.</param>
    public static int Best(TokenBuffer tokens, Lexicon lexicon, string text, int from, int to, ReadOnlySpan<(int Start, int End)> numbers) =>
        Best(tokens, lexicon, text, from, to, numbers, out _);

    /// <summary>
    /// The index of the number a cue attaches to, and its score (distance in tokens plus boundaries, doubled, plus one
    /// when the cue stands on the side modifiers do not take): the lower, the more surely the cue is that number's.
    /// </summary>
    /// <param name="tokens">The article's tokens.</param>
    /// <param name="lexicon">The language.</param>
    /// <param name="text">The analysed text (for conjunctions).</param>
    /// <param name="from">The cue's first token.</param>
    /// <param name="to">The cue's last token.</param>
    /// <param name="numbers">The numbers of the sentence: first token, last token.</param>
    /// <param name="score">The winning score; <see cref="int.MaxValue"/> when no number is in reach.</param>
    public static int Best(TokenBuffer tokens, Lexicon lexicon, string text, int from, int to, ReadOnlySpan<(int Start, int End)> numbers, out int score)
    {
        int best = -1, bestScore = int.MaxValue;
        for (int n = 0; n < numbers.Length; n++)
        {
            (int start, int end) = numbers[n];
            int gap = to < start ? start - to : from > end ? from - end : 0;
            // A cue further than MaxReach tokens belongs to no number; and boundaries are counted only while the
            // number can still win, so a long list of numbers costs what its length costs.
            if (gap > MaxReach || gap * 2 >= bestScore)
            {
                continue;
            }

            int candidate;
            bool cueBefore;
            if (to < start)
            {
                // "с частными — 286", "study: 7,887": a dash or colon between a phrase and the number right after it labels the
                // number with the phrase; it joins them rather than parting clauses.
                candidate = start - to == 2 && IsLabelMark(tokens.Items[to + 1]) ? gap
                    : gap + (BoundaryCost * Boundaries(tokens, lexicon, text, to + 1, start - 1));
                cueBefore = true;
            }
            else if (from > end)
            {
                candidate = gap + (BoundaryCost * Boundaries(tokens, lexicon, text, end + 1, from - 1));
                cueBefore = false;
            }
            else
            {
                candidate = 0;
                cueBefore = true;
            }

            // Ties: where modifiers precede (Korean) the cue belongs to the number after it; else to the number before it.
            candidate = (candidate * 2) + (cueBefore == lexicon.HeadFinal ? 0 : 1);
            if (candidate < bestScore)
            {
                best = n;
                bestScore = candidate;
            }
        }

        score = bestScore;
        return best;
    }

    private static bool IsLabelMark(in Token t) => t.Kind == TokenKind.Punct && (t.Char is '—' or '–' or ':' || (t.Char == '-' && t.SpaceBefore));

    /// <summary>The clause boundaries between two tokens (inclusive).</summary>
    public static int Boundaries(TokenBuffer tokens, Lexicon lexicon, string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k <= to; k++)
        {
            ref readonly Token t = ref tokens.Items[k];
            if (t.Kind == TokenKind.Punct && t.Char is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '△' or '▲' or '·' or '/')
            {
                count++;
            }
            else if (t.Kind == TokenKind.Punct && t.Char == '-' && t.SpaceBefore)
            {
                count++;
            }
            else if (t.Kind == TokenKind.Word && lexicon.IsConjunction(text.AsSpan(t.Start, t.Length)))
            {
                count++;
            }
            else if (t.Is(LexKind.RangeTo) && k + 1 < tokens.Count && (tokens.Items[k + 1].Kind == TokenKind.Number || tokens.Items[k + 1].Is(LexKind.NumberWord)))
            {
                // "from 1,100 in 2023 to 1,500": "to" before a number starts the other end of a range ("to study" does not).
                count++;
            }
        }

        return count;
    }
}
