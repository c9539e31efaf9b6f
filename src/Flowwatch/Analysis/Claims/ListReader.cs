using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The lists-and-brackets stage: gives each period phrase and purpose word of a sentence to one of its numbers. A cue
/// goes to the number it is closest to across clause boundaries (<see cref="Attachment"/>); a list read
/// "respectively" pairs its cues with its counts in order.
/// </summary>
internal sealed class ListReader
{
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly string _text;
    private readonly List<Candidate> _candidates;
    private readonly List<PeriodCue> _cues;
    private (int Start, int End)[] _spans = new (int, int)[16];

    public ListReader(Lexicon lexicon, TokenBuffer tokens, string text, List<Candidate> candidates, List<PeriodCue> cues)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _text = text;
        _candidates = candidates;
        _cues = cues;
    }

    /// <summary>The purpose words of the sentence last read, each with the number (candidate index) it belongs to; -1 for none.</summary>
    public List<(int Token, int Owner)> Purposes { get; } = [];

    private ReadOnlySpan<(int Start, int End)> Spans => _spans.AsSpan(0, _candidates.Count);

    /// <summary>Sets the owner of every cue of the sentence from token s to e (exclusive) and finds its purposes' owners.</summary>
    public void Read(int s, int e)
    {
        Purposes.Clear();
        if (_candidates.Count == 0)
        {
            return;
        }

        if (_spans.Length < _candidates.Count)
        {
            _spans = new (int, int)[_candidates.Count * 2];
        }

        for (int c = 0; c < _candidates.Count; c++)
        {
            _spans[c] = (_candidates[c].Start, _candidates[c].End);
        }

        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            cue.Owner = Attachment.Best(_tokens, _lexicon, _text, cue.From, cue.Token, Spans, out cue.Score);
            _cues[ci] = cue;
        }

        bool respectively = false;
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Is(LexKind.Purpose))
            {
                Purposes.Add((i, Attachment.Best(_tokens, _lexicon, _text, i, i, Spans)));
            }

            respectively |= t.Is(LexKind.Respectively);
        }

        if (respectively)
        {
            PairRespectively();
        }

        Brackets(e);
    }

    /// <summary>The first word of a kind in the sentence that attaches to candidate c rather than to another number; -1 if none.</summary>
    public int AttachedFind(int c, int s, int e, LexKind kind)
    {
        for (int k = s; k < e; k++)
        {
            if (_tokens.Items[k].Is(kind) && Attaches(k, c))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>True when the word at token k attaches to candidate c rather than to another number of the sentence.</summary>
    public bool Attaches(int k, int c) => (BracketedAfter(k, _tokens.Count) ?? Attachment.Best(_tokens, _lexicon, _text, k, k, Spans)) == c;

    /// <summary>The number in brackets right after the word at token k ("Финляндия (1,26 млн)", "항공편(519명)"), if any.</summary>
    public int? BracketAfter(int k, int e) => BracketedAfter(k, e);

    /// <summary>
    /// True when a cue spanning tokens from..to, attached to number <paramref name="owner"/>, stands about as near number
    /// <paramref name="c"/>: within one clause boundary of the score that gave it to its owner. The text then leaves open
    /// which of the two it belongs to.
    /// </summary>
    public bool Rivals(int from, int to, int c, int owner)
    {
        if (owner < 0 || owner >= _candidates.Count)
        {
            return false;
        }

        Attachment.Best(_tokens, _lexicon, _text, from, to, Spans.Slice(owner, 1), out int ownerScore);
        Attachment.Best(_tokens, _lexicon, _text, from, to, Spans.Slice(c, 1), out int score);
        return score != int.MaxValue && score - ownerScore <= 2 * Attachment.BoundaryCost;
    }

    /// <summary>
    /// The purpose attached to candidate c and its word; none when several different purposes describe one number
    /// ("295 North Koreans entered, mostly for business or private reasons" is the total).
    /// </summary>
    public (Purpose? Purpose, int Token) PurposeOf(int candidate)
    {
        int number = _candidates[candidate].Number;
        Purpose? best = null;
        int bestToken = -1;
        int distance = int.MaxValue;
        bool several = false;
        foreach ((int token, int owner) in Purposes)
        {
            if (owner != candidate)
            {
                continue;
            }

            Purpose p = _tokens.Items[token].Entry!.Purpose;
            several |= best is { } b && b != p;
            if (Math.Abs(token - number) < distance)
            {
                best = p;
                bestToken = token;
                distance = Math.Abs(token - number);
            }
        }

        return several ? (null, -1) : (best, bestToken);
    }

    // "more than twice the first quarter (812)", "1분기(812명)", "study (7,887), business (3,098)": a number in brackets right
    // after a period or purpose phrase is that phrase's figure, whatever else stands near it.
    private void Brackets(int e)
    {
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            if (BracketedAfter(_cues[ci].Token, e) is int owner)
            {
                PeriodCue cue = _cues[ci];
                cue.Owner = owner;
                cue.Score = 0;
                _cues[ci] = cue;
            }
        }

        for (int k = 0; k < Purposes.Count; k++)
        {
            if (BracketedAfter(Purposes[k].Token, e) is int owner)
            {
                Purposes[k] = (Purposes[k].Token, owner);
            }
        }
    }

    /// <summary>The number that opens a bracket right after the phrase ending near token t (its year or glued words between).</summary>
    private int? BracketedAfter(int t, int e)
    {
        for (int k = t + 1; k < e && k <= t + 4; k++)
        {
            ref readonly Token token = ref _tokens.Items[k];
            if (token.IsPunct('('))
            {
                for (int c = 0; c < _candidates.Count; c++)
                {
                    if (_candidates[c].Start == k + 1)
                    {
                        return c;
                    }
                }

                return null;
            }

            bool partOfPhrase = token.Kind == TokenKind.Word ? k == t + 1 || !token.SpaceBefore || token.Entry?.Kind is LexKind.YearWord or LexKind.Quarter or LexKind.Half
                : token.Kind == TokenKind.Number && token.Plain && token.Length == 4;
            if (!partOfPhrase)
            {
                return null;
            }
        }

        return null;
    }

    // "на учебу и работу въехали 1200 и 300 человек соответственно": the n-th purpose (or period) is the n-th count's.
    private void PairRespectively()
    {
        var counts = new List<int>(_candidates.Count);
        for (int c = 0; c < _candidates.Count; c++)
        {
            if (_candidates[c].Kind == QuantityKind.Count)
            {
                counts.Add(c);
            }
        }

        if (counts.Count < 2)
        {
            return;
        }

        if (Purposes.Count == counts.Count)
        {
            for (int k = 0; k < counts.Count; k++)
            {
                Purposes[k] = (Purposes[k].Token, counts[k]);
            }
        }

        var periods = new List<int>();
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            if (!_cues[ci].Compare && !_cues[ci].Season && !_cues[ci].Since)
            {
                periods.Add(ci);
            }
        }

        if (periods.Count == counts.Count)
        {
            for (int k = 0; k < counts.Count; k++)
            {
                PeriodCue cue = _cues[periods[k]];
                cue.Owner = counts[k];
                cue.Score = 0;
                _cues[periods[k]] = cue;
            }
        }
    }
}
