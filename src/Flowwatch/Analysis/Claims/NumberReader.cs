using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The numbers stage: the numbers of a sentence that may be claims, with value, precision, hedge and kind (count,
/// multiple, share, change). Years, dates, resolution and page numbers, ages and durations are left out; a number
/// that a period phrase of the cues stage already holds ("3·4분기", "im 3. Quartal") is not a claim.
/// </summary>
internal sealed class NumberReader
{
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly string _text;
    private readonly CueReader _cueReader;
    private readonly List<Candidate> _candidates = [];

    // The largest ratio written as "N times" that is read as a multiple (the largest multiple word is a hundredfold).
    private const decimal MaxMultiple = 100;

    public NumberReader(Lexicon lexicon, TokenBuffer tokens, string text, CueReader cueReader)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _text = text;
        _cueReader = cueReader;
    }

    /// <summary>The numbers of the sentence last read, in text order.</summary>
    public List<Candidate> Candidates => _candidates;

    private string Text => _text;

    /// <summary>Reads the numbers of the sentence from token s to e (exclusive) that may be claims into <see cref="Candidates"/>, which it clears first.</summary>
    public void Read(int s, int e)
    {
        _candidates.Clear();
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Kind == TokenKind.Number)
            {
                if (t.Valid && !_cueReader.IsYear(i) && !IsNotAClaim(i, s, e))
                {
                    AddCandidate(i, s, e, t.Value, t.Precision, QuantityKind.Count);
                    i = Math.Max(i, _candidates[^1].End);
                }
            }
            else if (t.Is(LexKind.NumberWord))
            {
                if (i + 1 < e && _tokens.Items[i + 1].Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord or LexKind.Month or LexKind.MonthsUnit)
                {
                    continue;
                }

                // "one", "a", "ein" count only with a scale after them ("one thousand"). Where counters follow numbers (Korean
                // "세 명", "다섯 배") the counter must come next; elsewhere a word for what is counted, or a purpose ("only three
                // for study"), within a few words.
                LexEntry? next = i + 1 < e ? _tokens.Items[i + 1].Entry : null;
                bool scaled = next?.Kind == LexKind.Scale;
                bool counted = t.Entry!.Value == 1 ? scaled
                    : _lexicon.HeadFinal ? next is { Kind: LexKind.Times or LexKind.Scale } || next is { Kind: LexKind.Person, Form.Length: 1 }
                    : next?.Kind is LexKind.Times or LexKind.Scale || CountedNoun(i, e) is not null || PurposeFollows(i, e);
                if (counted)
                {
                    AddCandidate(i, s, e, t.Entry!.Value, 1, QuantityKind.Count);
                    i = Math.Max(i, _candidates[^1].End);
                }
            }
            else if (t.Is(LexKind.Multiple))
            {
                AddCandidate(i, s, e, t.Entry!.Value, 1, QuantityKind.Multiple);
            }
        }
    }

    private bool IsNotAClaim(int i, int s, int e)
    {
        ref readonly Token t = ref _tokens.Items[i];
        Token? prev = i - 1 >= s ? _tokens.Items[i - 1] : null;
        Token? prev2 = i - 2 >= s ? _tokens.Items[i - 2] : null;
        Token? next = i + 1 < e ? _tokens.Items[i + 1] : null;
        Token? next2 = i + 2 < e ? _tokens.Items[i + 2] : null;

        // Parts of dates, times, ranges and identifiers: 2025-02-10, 12:30, 1/3, 5.000-6.000.
        if (prev is { Kind: TokenKind.Punct, SpaceBefore: false } p && p.Char is '-' or '/' or ':' or '.' && !t.SpaceBefore && prev2 is { Kind: TokenKind.Number })
        {
            return true;
        }

        if (next is { Kind: TokenKind.Punct, SpaceBefore: false } n && n.Char is '/' or ':' or '-' or '~' or '∼' or '〜' or '·' && next2 is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return true;
        }

        // "1분기", "9월", "2397호", "5일", "25세": a number with a period, reference, date or age word glued after it (an age
        // marker spelled like a number word, 세, is one of these).
        if (_lexicon.HeadFinal && next is { SpaceBefore: false } glued && glued.Entry?.Kind is LexKind.Quarter or LexKind.Half or LexKind.Month or LexKind.Reference or LexKind.YearWord or LexKind.TimeUnit or LexKind.MonthsUnit or LexKind.NumberWord)
        {
            return true;
        }

        // Resolution 2397, Nr. 5, page 12, № 2397, #3.
        if (prev is { } pr && (pr.Is(LexKind.Reference) || pr.IsPunct('№') || pr.IsPunct('#') || pr.IsPunct('§')))
        {
            return true;
        }

        if (prev is { Kind: TokenKind.Punct } && prev2 is { } p2 && p2.Is(LexKind.Reference))
        {
            return true;
        }

        // Ages: im Alter von 25, aged 25, в возрасте 25 лет.
        if ((prev?.Is(LexKind.Age) ?? false) || (prev2?.Is(LexKind.Age) ?? false))
        {
            return true;
        }

        // Durations and ages after the number: drei Jahre, 25-jährige, 10 years, 25 лет, 2 года.
        if (next is { } nx && (nx.Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord or LexKind.MonthsUnit || (nx.IsPunct('-') && next2 is { } n2 && n2.Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord or LexKind.MonthsUnit)))
        {
            return true;
        }

        // Days of the month: 10. Februar, 10 February, February 10, 10 февраля.
        if (t.Plain && t.Value is >= 1 and <= 31)
        {
            if ((next?.Is(LexKind.Month) ?? false) || (next is { } dot && dot.IsPunct('.') && (next2?.Is(LexKind.Month) ?? false)))
            {
                return true;
            }

            if (prev?.Is(LexKind.Month) ?? false)
            {
                return true;
            }

            // An ordinal: "3. Quartal", "im 3. Quartal".
            if (next is { } o && o.IsPunct('.') && !o.SpaceBefore && next2?.Entry?.Kind is LexKind.Quarter or LexKind.Half)
            {
                return true;
            }
        }

        // Quarter and half numbers written in digits: "Q 3" is rare, but "1. Halbjahr" and "II квартал" are handled as ordinals.
        return false;
    }

    private void AddCandidate(int i, int s, int e, decimal value, decimal precision, QuantityKind kind)
    {
        int start = i, end = i;
        bool scaled = false;
        string? money = null;
        if (end + 1 < e && _tokens.Items[end + 1].Is(LexKind.Scale) && kind == QuantityKind.Count)
        {
            decimal scale = _tokens.Items[end + 1].Entry!.Value;
            scaled = precision < 1;
            value *= scale;
            precision = Math.Max(precision * scale, 1);
            end++;
            if (end + 1 < e && _tokens.Items[end + 1].IsPunct('.') && !_tokens.Items[end + 1].SpaceBefore && _tokens.Items[end].Entry!.Form.Length <= 4)
            {
                end++;
            }

            // "1만 3221", "3천700": where a scale is a glued character, the number after it adds to it.
            if (_lexicon.HeadFinal && end + 1 < e && _tokens.Items[end + 1].Kind == TokenKind.Number && _tokens.Items[end + 1].Valid
                && _tokens.Items[end + 1].Value < scale && _tokens.Items[end + 1].Value == decimal.Truncate(_tokens.Items[end + 1].Value))
            {
                end++;
                value += _tokens.Items[end].Value;
                precision = _tokens.Items[end].Precision;
                if (end + 1 < e && _tokens.Items[end + 1].Is(LexKind.Scale) && _tokens.Items[end + 1].Entry!.Value < scale)
                {
                    // "1억 2천만" is rare in these figures; "3천700" is not: a second, smaller scale multiplies the part.
                    value += _tokens.Items[end].Value * (_tokens.Items[end + 1].Entry!.Value - 1);
                    precision = _tokens.Items[end + 1].Entry!.Value;
                    end++;
                }
            }
        }

        if (kind == QuantityKind.Count)
        {
            // 12 times, 12-fach, 12-fold, в 12 раз.
            int k = end + 1;
            if (k < e && _tokens.Items[k].IsPunct('-') && !_tokens.Items[k].SpaceBefore)
            {
                k++;
            }

            // "1,113 times": a ratio over a hundred is a count of occurrences, not a multiple.
            if (k < e && _tokens.Items[k].Is(LexKind.Times) && value <= MaxMultiple)
            {
                kind = QuantityKind.Multiple;
                end = k;
                if (start - 1 >= s && _lexicon.MultiplePrefix.Length > 0 && IsWord(start - 1, _lexicon.MultiplePrefix))
                {
                    start--;
                }
            }
            else if (end + 1 < e && (_tokens.Items[end + 1].IsPunct('%') || _tokens.Items[end + 1].Is(LexKind.Percent)))
            {
                end++;
                if (_tokens.Items[end].Is(LexKind.Percent) && end + 1 < e && IsWord(end + 1, "cent"))
                {
                    end++;
                }

                kind = QuantityKind.Share;
                if (precision > 1)
                {
                    precision = 1;
                }
            }
        }

        if ((start - 1 >= s && _tokens.Items[start - 1].Kind == TokenKind.Punct && _tokens.Items[start - 1].Char is '$' or '€' or '₽' or '₩' or '£')
            || (end + 1 < e && _tokens.Items[end + 1].Kind == TokenKind.Punct && _tokens.Items[end + 1].Char is '$' or '€' or '₽' or '₩' or '£'))
        {
            money = "money";
        }

        Qualifier qualifier = Qualifier.None;
        foreach ((string[] words, Qualifier q) in _lexicon.Qualifiers)
        {
            int from = start - words.Length;
            if (from < s)
            {
                continue;
            }

            bool all = true;
            for (int w = 0; w < words.Length && all; w++)
            {
                all = IsWord(from + w, words[w]);
            }

            if (all)
            {
                qualifier = q;
                start = from;
                break;
            }
        }

        // "выросло ... до 1696": after a change or a "from", the word for "up to" marks where the change arrived.
        if (qualifier == Qualifier.UpTo && start < i && _lexicon.RangeEndWords.Count > 0 && IsRangeEnd(start, s))
        {
            qualifier = Qualifier.None;
            start = i;
        }

        int textEnd = 0;
        int after = end + 1;
        if (_lexicon.HeadFinal && after < e && _tokens.Items[after].Entry is { Kind: LexKind.Person or LexKind.Times } counterEntry
            && (!_tokens.Items[after].SpaceBefore || counterEntry.Form.Length == 1))
        {
            // "9명", "12배", "9천 명", "세 명": the counter after the number (glued, or a one-syllable counter after a space)
            // is part of the claim as written.
            ref readonly Token counter = ref _tokens.Items[after];
            textEnd = counter.Start + CounterLength(counter);
            after++;
        }

        foreach ((string[] words, Qualifier q) in _lexicon.PostQualifiers)
        {
            if (qualifier != Qualifier.None || after + words.Length > e)
            {
                break;
            }

            bool all = true;
            for (int w = 0; w < words.Length && all; w++)
            {
                all = IsWordPrefix(after + w, words[w]);
            }

            if (all)
            {
                qualifier = q;
                textEnd = _tokens.Items[after + words.Length - 1].Start + words[^1].Length;
            }
        }

        _candidates.Add(new Candidate(start, end, i, value, precision, qualifier, kind, money, textEnd, scaled));
    }

    private bool IsRangeEnd(int start, int s)
    {
        if (!_lexicon.RangeEndWords.Contains(Lexicon.Fold(Text[_tokens.Items[start].Start.._tokens.Items[start].End])))
        {
            return false;
        }

        for (int k = start - 1; k >= s; k--)
        {
            ref readonly Token t = ref _tokens.Items[k];
            if (t.Entry?.Kind is LexKind.Change or LexKind.Multiple or LexKind.Times || (t.Entry?.Kind == LexKind.RangeFrom && k + 1 < start && _tokens.Items[k + 1].Kind == TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    // The counter's own letters, without the particle glued after it ("명으로" -> "명").
    private int CounterLength(in Token counter) => counter.Entry is { } entry && entry.Form.Length <= counter.Length ? entry.Form.Length : counter.Length;

    // A hedge written after the number may carry a particle ("이상으로", "가까이").
    private bool IsWordPrefix(int token, string folded)
    {
        ref readonly Token t = ref _tokens.Items[token];
        // Up to a copula and a particle may follow ("이상이었다", "이상으로").
        if (t.Kind != TokenKind.Word || t.Length < folded.Length || t.Length > folded.Length + 4)
        {
            return false;
        }

        for (int k = 0; k < folded.Length; k++)
        {
            if (WordTrie.Fold(Text[t.Start + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsWord(int token, string folded)
    {
        ref readonly Token t = ref _tokens.Items[token];
        if (t.Kind != TokenKind.Word || t.Length != folded.Length)
        {
            return false;
        }

        for (int k = 0; k < folded.Length; k++)
        {
            if (WordTrie.Fold(Text[t.Start + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    // "only three for study", "drei zum Studium": a purpose right after a number word says it counts people.
    private bool PurposeFollows(int i, int e)
    {
        for (int k = i + 1; k < e && k <= i + 2; k++)
        {
            if (_tokens.Items[k].Is(LexKind.Purpose))
            {
                return true;
            }

            if (_tokens.Items[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The word a few tokens after a number that says what it counts ("North Koreans", "visas"), if any.</summary>
    public LexEntry? CountedNoun(int end, int e)
    {
        for (int k = end + 1; k < e && k <= end + 4; k++)
        {
            ref readonly Token t = ref _tokens.Items[k];
            if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Punct && t.Char is not ('-' or '"' or '«' or '„')) || t.Kind == TokenKind.Newline)
            {
                return null;
            }

            if (t.Entry?.Kind is LexKind.Partner or LexKind.PhraseHead or LexKind.Person or LexKind.Visa or LexKind.Worker or LexKind.Uncovered or LexKind.Russians or LexKind.Entry or LexKind.Dataset)
            {
                return t.Entry;
            }

            if (t.Entry?.Kind is LexKind.Purpose && t.Entry.Purpose == Purpose.Study && k == end + 1)
            {
                return t.Entry;
            }
        }

        return null;
    }
}
