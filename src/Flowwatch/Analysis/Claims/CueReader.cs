using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The cues stage: the period phrases of a sentence ("last year", "the same period last year", "с начала года",
/// "지난 7~9월", "3·4분기"), each with the token it starts at, whether it is a base of comparison ("than in 2019") or the
/// start of a span ("since 2022"), resolved later against the publication date. Reads tokens only; knows no number.
/// </summary>
internal sealed class CueReader
{
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly string _text;
    private readonly DateOnly? _published;
    private readonly List<PeriodCue> _cues = [];

    public CueReader(Lexicon lexicon, TokenBuffer tokens, string text, DateOnly? published)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _text = text;
        _published = published;
    }

    /// <summary>The cues of the sentence last read, in text order.</summary>
    public List<PeriodCue> Cues => _cues;

    private string Text => _text;

    /// <summary>True for a plain four-digit number that reads as a year (1950-2049), not a count of people.</summary>
    public bool IsYear(int i)
    {
        ref readonly Token t = ref _tokens.Items[i];
        if (t.Kind != TokenKind.Number || !t.Plain || t.End - t.Start != 4 || t.Value < 1950 || t.Value > 2049)
        {
            return false;
        }

        // "2508 северокорейцев" is a count; "2024 год" a year. A number right before who is counted is a count, unless a
        // preposition of time governs it: "In 2024 North Koreans entered ..." states a year, not 2,024 people.
        if (i > 0 && _tokens.Items[i - 1] is { Kind: TokenKind.Word } before && _lexicon.IsYearPreposition(_text.AsSpan(before.Start, before.Length)))
        {
            return true;
        }

        return !(i + 1 < _tokens.Count && _tokens.Items[i + 1].Entry?.Kind is LexKind.Partner or LexKind.Person or LexKind.PhraseHead or LexKind.Russians);
    }

    /// <summary>Reads the period phrases of the sentence from token s to e (exclusive) into <see cref="Cues"/>, which it clears first.</summary>
    public void Read(int s, int e)
    {
        _cues.Clear();
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            LexKind kind = t.Entry?.Kind ?? LexKind.None;
            if (t.Kind == TokenKind.Number && IsYear(i))
            {
                if (!Consumed(i))
                {
                    AddCue(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, Year = (int)t.Value }, s, e);
                }

                continue;
            }

            switch (kind)
            {
                case LexKind.Quarter:
                case LexKind.Half:
                    {
                        PeriodKind pk = kind == LexKind.Quarter ? PeriodKind.Quarter : PeriodKind.Half;
                        if (t.Entry!.Value < 0 && pk == PeriodKind.Quarter)
                        {
                            // One word for a quarter before the sentence's own ("Vorquartal"): its value is the step.
                            AddCue(new PeriodCue { Token = i, Kind = pk, Index = 0, RelativeQuarters = t.Entry.Value }, s, e);
                            break;
                        }

                        int index = t.Entry!.Value > 0 ? t.Entry.Value : OrdinalBefore(i, s);
                        if (index == 0)
                        {
                            // "the previous quarter", "직전 분기": a quarter before the sentence's own period.
                            if (pk == PeriodKind.Quarter && LastBefore(i, s))
                            {
                                AddCue(new PeriodCue { Token = i, Kind = pk, Index = 0, RelativeQuarters = -1 }, s, e);
                            }

                            break;
                        }

                        if ((pk == PeriodKind.Half && index > 2) || index > 4)
                        {
                            break;
                        }

                        AddCue(new PeriodCue { Token = i, Kind = pk, Index = index, Year = YearAfter(i, e) }, s, e);
                        break;
                    }

                case LexKind.Month:
                    if (t.Entry!.Value == 0)
                    {
                        ReadNumericMonths(i, s, e);
                    }
                    else
                    {
                        ReadMonths(i, s, e);
                    }

                    break;
                case LexKind.YearWord:
                    if (LastBefore(i, s))
                    {
                        // "the same period last year", "аналогичный период прошлого года": the sentence's period a year earlier.
                        // "the previous year" is the year before the sentence's own; "last year" the year before publication,
                        // unless it is what the sentence compares with.
                        bool previous = _tokens.Items[i - 1].Is(LexKind.Last) && _tokens.Items[i - 1].Entry!.Value == 1;
                        AddCue(SamePeriodNear(i, s, e)
                            ? new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1, SamePeriod = true }
                            : previous
                                ? new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1 }
                                : new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToPublication = -1 }, s, e);
                    }
                    else if (i > s && _tokens.Items[i - 1].Is(LexKind.This))
                    {
                        AddCue(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToPublication = 0 }, s, e);
                    }
                    else if (i + 1 < e && _tokens.Items[i + 1].Is(LexKind.Earlier))
                    {
                        AddCue(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1, Compare = true }, s, e);
                    }
                    else if (i > s && _tokens.Items[i - 1].Is(LexKind.YearStart) && _published is { } pub && pub.Month > 3)
                    {
                        // "с начала года", "since the start of the year": January to the last quarter ended by publication.
                        AddCue(new PeriodCue { Token = i, Kind = PeriodKind.YearToDate, Index = (pub.Month - 1) / 3 * 3, Year = pub.Year }, s, e);
                    }

                    break;
                case LexKind.YearStart:
                    if (t.Entry!.Form.Length > 6 && _published is { } started && started.Month > 3)
                    {
                        // One-word forms: "seit Jahresbeginn".
                        AddCue(new PeriodCue { Token = i, Kind = PeriodKind.YearToDate, Index = (started.Month - 1) / 3 * 3, Year = started.Year }, s, e);
                    }

                    break;
                case LexKind.RelativeYear:
                    AddCue(SamePeriodNear(i, s, e)
                        ? new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1, SamePeriod = true }
                        : new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToPublication = t.Entry!.Value }, s, e);
                    break;
                case LexKind.PreviousYear:
                    AddCue(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1 }, s, e);
                    break;
                case LexKind.Ordinal:
                    ReadOrdinalPeriod(i, s, e);
                    break;
                case LexKind.MonthsUnit:
                    ReadMonthsCount(i, s, e);
                    break;
                case LexKind.Season:
                    _cues.Add(new PeriodCue { Token = i, From = i, Season = true });
                    break;
            }
        }
    }

    private void AddCue(PeriodCue cue, int s, int e)
    {
        int from = Math.Min(cue.Token, cue.From == 0 ? cue.Token : cue.From);
        while (from - 1 >= s && from > cue.Token - 4)
        {
            ref readonly Token p = ref _tokens.Items[from - 1];
            bool part = p.Entry?.Kind is LexKind.Last or LexKind.This or LexKind.Ordinal or LexKind.SamePeriod or LexKind.YearStart
                || (_lexicon.HeadFinal && !_tokens.Items[from].SpaceBefore && (p.Kind == TokenKind.Number || p.Kind == TokenKind.Punct));
            if (!part)
            {
                break;
            }

            from--;
        }

        cue.From = from;
        cue.Compare = cue.Compare || IsCompared(_lexicon.HeadFinal ? cue.Token : from, s, e);
        cue.Since = IsSince(cue.Token, s, e);
        _cues.Add(cue);
    }

    private bool LastBefore(int i, int s)
    {
        // "last year", "지난 한 해" (last one year): the word for "last" may stand one word further back.
        return (i > s && _tokens.Items[i - 1].Is(LexKind.Last))
            || (_lexicon.HeadFinal && i - 1 > s && _tokens.Items[i - 2].Is(LexKind.Last) && _tokens.Items[i - 1].Kind == TokenKind.Word);
    }

    private bool SamePeriodNear(int i, int s, int e)
    {
        for (int k = Math.Max(s, i - 3); k < e && k <= i + 2; k++)
        {
            if (k != i && _tokens.Items[k].Is(LexKind.SamePeriod))
            {
                return true;
            }
        }

        return false;
    }

    // "seit 2012", "since 2012", "2012년 이후": the start of a span, not a number's period.
    private bool IsSince(int i, int s, int e)
    {
        for (int k = i - 1; k >= s && k >= i - 2; k--)
        {
            if (_tokens.Items[k].Is(LexKind.Since))
            {
                return true;
            }
        }

        for (int k = i + 1; _lexicon.HeadFinal && k < e && k <= i + 2; k++)
        {
            if (_tokens.Items[k].Is(LexKind.Since))
            {
                return true;
            }
        }

        return false;
    }

    // "in the first quarter ... in the second": an ordinal standing alone takes the kind of the period named before it;
    // "the first six months", "первые девять месяцев": January to the month named.
    private void ReadOrdinalPeriod(int i, int s, int e)
    {
        int k = i + 1;
        if (k < e && _tokens.Items[k].Entry?.Kind is LexKind.Quarter or LexKind.Half)
        {
            return;
        }

        if (_tokens.Items[i].Entry!.Value == 1 && k + 1 < e && (_tokens.Items[k].Is(LexKind.NumberWord) || (_tokens.Items[k].Kind == TokenKind.Number && _tokens.Items[k].Plain)) && _tokens.Items[k + 1].Is(LexKind.MonthsUnit))
        {
            int months = _tokens.Items[k].Kind == TokenKind.Number ? (int)_tokens.Items[k].Value : _tokens.Items[k].Entry!.Value;
            (PeriodKind pk, int index) = months switch
            {
                3 => (PeriodKind.Quarter, 1),
                6 => (PeriodKind.Half, 1),
                12 => (PeriodKind.Year, 1),
                >= 1 and <= 11 => (PeriodKind.YearToDate, months),
                _ => (PeriodKind.Year, 0),
            };
            if (index > 0)
            {
                AddCue(new PeriodCue { Token = i, Kind = pk, Index = index, Year = YearAfter(k + 1, e) }, s, e);
            }

            return;
        }

        for (int c = _cues.Count - 1; c >= 0; c--)
        {
            PeriodCue before = _cues[c];
            if (before.Token >= s && before.Token < i && before.Kind is PeriodKind.Quarter or PeriodKind.Half && before.Index > 0 && !before.Compare)
            {
                int index = _tokens.Items[i].Entry!.Value;
                if (index != before.Index && (before.Kind == PeriodKind.Quarter ? index <= 4 : index <= 2))
                {
                    AddCue(new PeriodCue { Token = i, Kind = before.Kind, Index = index, Year = before.Year }, s, e);
                }

                return;
            }
        }
    }

    // "за шесть месяцев 2019 года", "in the six months to June 2019" is rarer: a count of months with a year after it runs
    // from January. "The first six months" is read with its ordinal (ReadOrdinalPeriod).
    private void ReadMonthsCount(int i, int s, int e)
    {
        int k = i - 1;
        if (k < s || (k - 1 >= s && _tokens.Items[k - 1].Is(LexKind.Ordinal)))
        {
            return;
        }

        ref readonly Token count = ref _tokens.Items[k];
        int months = count.Is(LexKind.NumberWord) ? count.Entry!.Value : count.Kind == TokenKind.Number && count.Plain ? (int)count.Value : 0;
        int year = YearAfter(i, e);
        if (months is < 2 or > 12 || year == 0)
        {
            return;
        }

        (PeriodKind pk, int index) = months switch
        {
            3 => (PeriodKind.Quarter, 1),
            6 => (PeriodKind.Half, 1),
            12 => (PeriodKind.Year, 1),
            _ => (PeriodKind.YearToDate, months),
        };
        AddCue(new PeriodCue { Token = i, From = k, Kind = pk, Index = index, Year = year }, s, e);
    }

    // "7~9월", "1~3월까지", "9월": months written as numbers before a month word.
    private void ReadNumericMonths(int i, int s, int e)
    {
        int n = i - 1;
        if (n < s || _tokens.Items[n].Kind != TokenKind.Number || !_tokens.Items[n].Plain || _tokens.Items[n].Value is < 1 or > 12 || _tokens.Items[i].SpaceBefore)
        {
            return;
        }

        int last = (int)_tokens.Items[n].Value;
        int first = last;
        if (n - 2 >= s && _tokens.Items[n - 1].Kind == TokenKind.Punct && _tokens.Items[n - 1].Char is '~' or '-' or '–' or '∼' or '〜'
            && _tokens.Items[n - 2].Kind == TokenKind.Number && _tokens.Items[n - 2].Plain && _tokens.Items[n - 2].Value is >= 1 and <= 12)
        {
            first = (int)_tokens.Items[n - 2].Value;
        }

        if (last < first)
        {
            return;
        }

        AddMonthRange(first, last, first == last ? i : n - 2, YearBefore(first == last ? n : n - 2, s), s, e);
    }

    private int YearBefore(int i, int s)
    {
        for (int k = i - 1; k >= s && k >= i - 3; k--)
        {
            if (_tokens.Items[k].Kind == TokenKind.Number)
            {
                return IsYear(k) ? (int)_tokens.Items[k].Value : 0;
            }
        }

        return 0;
    }

    private void AddMonthRange(int first, int last, int token, int year, int s, int e)
    {
        (PeriodKind kind, int index) = (first, last) switch
        {
            (1, 12) => (PeriodKind.Year, 1),
            (1, 6) => (PeriodKind.Half, 1),
            (7, 12) => (PeriodKind.Half, 2),
            _ when last - first == 2 && (first - 1) % 3 == 0 => (PeriodKind.Quarter, ((first - 1) / 3) + 1),
            _ when first == last => (PeriodKind.Month, first),
            _ when first == 1 => (PeriodKind.YearToDate, last),
            _ => (PeriodKind.YearToDate, 0),
        };
        if (index > 0)
        {
            AddCue(new PeriodCue { Token = token, Kind = kind, Index = index, Year = year }, s, e);
        }
    }

    private bool Consumed(int token)
    {
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Year > 0 && cue.Token < token && cue.Kind != PeriodKind.Year && token - cue.Token <= 5)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the period at token i is what something is compared with: a compare word before it ("than in 2023",
    /// "по сравнению с 2023 годом"), or, where modifiers follow, after it or glued to it ("1700명에 비해", "지난해보다").
    /// </summary>
    private bool IsCompared(int i, int s, int e)
    {
        if (_lexicon.HeadFinal)
        {
            // The phrase and the words glued to it ("2023년보다": than 2023; "2023년의 12배": twelve times 2023's).
            int last = i;
            for (int k = i; k < e && (k == i || !_tokens.Items[k].SpaceBefore); k++)
            {
                last = k;
                if (EndsWithAny(k, _lexicon.CompareSuffixes) || (EndsWithAny(k, _lexicon.BaseSuffixes) && MultipleFollows(k + 1, e)))
                {
                    return true;
                }
            }

            for (int k = last + 1; k < e && k <= last + 3; k++)
            {
                if (_tokens.Items[k].Is(LexKind.Compare))
                {
                    return true;
                }

                if (_tokens.Items[k].Kind == TokenKind.Punct && _tokens.Items[k].Char is ',' or ';')
                {
                    return false;
                }
            }

            return false;
        }

        // "those of the second quarter": an article may stand between the phrase and the period.
        int head = i - 1 >= s && _tokens.Items[i - 1].Kind == TokenKind.Word && IsArticle(i - 1) ? i - 1 : i;
        foreach (string[] phrase in _lexicon.ComparePhrases)
        {
            int at = head - phrase.Length;
            bool all = at >= s;
            for (int w = 0; w < phrase.Length && all; w++)
            {
                all = IsFolded(at + w, phrase[w]);
            }

            if (all)
            {
                return true;
            }
        }

        for (int k = i - 1; k >= s && k >= i - 5; k--)
        {
            if (_tokens.Items[k].Is(LexKind.Compare))
            {
                return true;
            }

            // A number or a multiple between them takes the compare word for its own hedge ("more than doubled in 2024").
            if ((_tokens.Items[k].Kind == TokenKind.Number && !IsYear(k)) || _tokens.Items[k].Entry?.Kind is LexKind.Multiple or LexKind.Times)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsArticle(int k)
    {
        foreach (string article in _lexicon.Articles)
        {
            if (IsFolded(k, article))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFolded(int k, string folded)
    {
        ref readonly Token t = ref _tokens.Items[k];
        if (t.Kind != TokenKind.Word || t.Length != folded.Length)
        {
            return false;
        }

        for (int c = 0; c < folded.Length; c++)
        {
            if (WordTrie.Fold(Text[t.Start + c]) != folded[c])
            {
                return false;
            }
        }

        return true;
    }

    private bool EndsWithAny(int k, IReadOnlyList<string> suffixes)
    {
        ref readonly Token t = ref _tokens.Items[k];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        foreach (string suffix in suffixes)
        {
            if (Text.AsSpan(t.Start, t.Length).EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A multiple right after the word: "2023년의 12배", "전년의 두 배".
    private bool MultipleFollows(int k, int e)
    {
        for (int j = k; j < e && j <= k + 2; j++)
        {
            if (_tokens.Items[j].Entry?.Kind is LexKind.Times or LexKind.Multiple)
            {
                return true;
            }

            if (_tokens.Items[j].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    private int OrdinalBefore(int i, int s)
    {
        for (int k = i - 1; k >= s && k >= i - 2; k--)
        {
            ref readonly Token t = ref _tokens.Items[k];
            if (t.Is(LexKind.Ordinal))
            {
                return t.Entry!.Value;
            }

            // "1분기", "3·4분기" (the third quarter: three fourths of the year).
            if (k == i - 1 && t.Kind == TokenKind.Number && t.Plain && !_tokens.Items[i].SpaceBefore && _lexicon.HeadFinal)
            {
                if (t.Value == 4 && k - 2 >= s && _tokens.Items[k - 1].IsPunct('·') && _tokens.Items[k - 2].Kind == TokenKind.Number && _tokens.Items[k - 2].Value is >= 1 and <= 4)
                {
                    return (int)_tokens.Items[k - 2].Value;
                }

                return t.Value is >= 1 and <= 4 ? (int)t.Value : 0;
            }

            // "3. Quartal"
            if (t.IsPunct('.') && k - 1 >= s && _tokens.Items[k - 1].Kind == TokenKind.Number && _tokens.Items[k - 1].Plain && _tokens.Items[k - 1].Value is >= 1 and <= 4)
            {
                return (int)_tokens.Items[k - 1].Value;
            }
        }

        return 0;
    }

    private int YearAfter(int i, int e)
    {
        for (int k = i + 1; k < e && k <= i + 4; k++)
        {
            ref readonly Token t = ref _tokens.Items[k];
            if (t.Kind == TokenKind.Number)
            {
                return IsYear(k) ? (int)t.Value : 0;
            }

            if (t.Kind == TokenKind.Punct && t.Char is not ('.' or ','))
            {
                return 0;
            }
        }

        return 0;
    }

    private void ReadMonths(int i, int s, int e)
    {
        int first = _tokens.Items[i].Entry!.Value;
        int k = i + 1;
        if (k < e && (_tokens.Items[k].Is(LexKind.RangeTo) || _tokens.Items[k].IsPunct('-') || _tokens.Items[k].IsPunct('–') || _tokens.Items[k].IsPunct('—')))
        {
            k++;
            // "с 1 января по 30 сентября": a day may stand before the closing month.
            if (k + 1 < e && _tokens.Items[k].Kind == TokenKind.Number && _tokens.Items[k].Plain && _tokens.Items[k].Value is >= 1 and <= 31 && _tokens.Items[k + 1].Is(LexKind.Month))
            {
                k++;
            }

            if (k < e && _tokens.Items[k].Is(LexKind.Month))
            {
                int last = _tokens.Items[k].Entry!.Value;
                if (last < first)
                {
                    return;
                }

                AddMonthRange(first, last, i, YearAfter(k, e), s, e);
                return;
            }
        }

        // The end of a range ("Juli bis September 2024") was read with its start.
        if (i - 2 >= s && _tokens.Items[i - 2].Is(LexKind.Month) && (_tokens.Items[i - 1].Is(LexKind.RangeTo) || _tokens.Items[i - 1].Kind == TokenKind.Punct))
        {
            return;
        }

        if (i - 3 >= s && _tokens.Items[i - 3].Is(LexKind.Month) && _tokens.Items[i - 2].Is(LexKind.RangeTo) && _tokens.Items[i - 1].Kind == TokenKind.Number)
        {
            return;
        }

        int single = YearAfter(i, e);
        if (single > 0 && (i + 1 < e) && _tokens.Items[i + 1].Kind == TokenKind.Number)
        {
            AddCue(new PeriodCue { Token = i, Kind = PeriodKind.Month, Index = first, Year = single }, s, e);
        }
    }
}
