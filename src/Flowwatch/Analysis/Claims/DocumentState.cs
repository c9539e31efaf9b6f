using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Reads one article sentence by sentence, keeping what the article has said so far (who it is about,
/// the period of its last claim) so that "Davon gaben fast 8.000 an ..." inherits the frame of the
/// sentence before it.
/// </summary>
internal sealed class DocumentState
{
    private static readonly Country Russia = Country.Parse("RU");
    private static readonly Country NorthKorea = Country.Parse("KP");

    private readonly ArticleText _article;
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly DateOnly? _published;
    private readonly List<PeriodCue> _cues = [];
    private readonly List<Candidate> _candidates = [];
    private readonly List<(int Token, Country Country)> _partners = [];

    private Country? _paragraphPartner;
    private Country? _documentPartner;
    private Period? _paragraphPeriod;
    private Period? _documentPeriod;
    private DatasetId? _paragraphDataset;
    private int _sentenceStart = -1;
    private string _sentence = "";

    public DocumentState(ArticleText article, Lexicon lexicon, TokenBuffer tokens, DateOnly? published)
    {
        _article = article;
        _lexicon = lexicon;
        _tokens = tokens;
        _published = published;
    }

    public List<Claim> Claims { get; } = new(64);

    private string Text => _article.Text;

    public void EndParagraph()
    {
        _paragraphPartner = null;
        _paragraphPeriod = null;
        _paragraphDataset = null;
    }

    public void ReadSentence(int s, int e)
    {
        if (e <= s)
        {
            return;
        }

        _cues.Clear();
        _candidates.Clear();
        _partners.Clear();
        bool hasNumber = false;
        bool hasEntry = false, hasVisa = false, hasWorker = false, hasPurpose = false;
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Kind == TokenKind.Number || t.Is(LexKind.NumberWord) || t.Is(LexKind.Multiple))
            {
                hasNumber = true;
            }

            switch (t.Entry?.Kind)
            {
                case LexKind.Partner:
                    _partners.Add((i, t.Entry.Country));
                    break;
                case LexKind.PhraseHead:
                    MatchPhrase(i, e);
                    break;
                case LexKind.Entry:
                    hasEntry = true;
                    break;
                case LexKind.Visa:
                    hasVisa = true;
                    break;
                case LexKind.Worker:
                    hasWorker = true;
                    break;
                case LexKind.Purpose:
                    hasPurpose = true;
                    break;
            }
        }

        ReadPeriods(s, e);
        Country? sentencePartner = _partners.Count > 0 ? _partners[0].Country : null;
        if (hasNumber)
        {
            FindCandidates(s, e);
            bool cue = hasEntry || hasVisa || hasWorker || hasPurpose;
            for (int c = 0; c < _candidates.Count; c++)
            {
                BuildClaim(c, s, e, cue, hasEntry);
            }
        }

        if (sentencePartner is { } p)
        {
            _paragraphPartner = p;
            _documentPartner = p;
            foreach (PeriodCue cue in _cues)
            {
                if (!cue.Compare && !cue.Season && Resolve(cue, null) is { } period)
                {
                    _paragraphPeriod ??= period;
                }
            }
        }
    }

    private void MatchPhrase(int i, int e)
    {
        var phrases = _lexicon.PhrasesStartingWith(_tokens.Items[i].Entry!.Form);
        if (phrases is null)
        {
            return;
        }

        int best = 0;
        Country country = default;
        LexKind kind = LexKind.None;
        foreach ((string[] rest, Country c, LexKind k) in phrases)
        {
            if (rest.Length <= best || i + rest.Length >= e)
            {
                continue;
            }

            bool all = true;
            for (int r = 0; r < rest.Length && all; r++)
            {
                all = i + 1 + r < e && WordMatches(_tokens.Items[i + 1 + r], rest[r]);
            }

            if (all)
            {
                best = rest.Length;
                country = c;
                kind = k;
            }
        }

        if (best > 0 && kind == LexKind.Partner)
        {
            _partners.Add((i, country));
        }
    }

    private bool WordMatches(Token t, string form)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text.AsSpan(t.Start, t.Length);
        // Inflecting languages: the last two letters may differ ("Кореи" for "Корея"); English: a plural s.
        int keep = _lexicon.Language == "en" ? form.Length : Math.Max(3, form.Length - 2);
        if (word.Length < keep || word.Length > form.Length + 3)
        {
            return false;
        }

        for (int k = 0; k < keep; k++)
        {
            if (WordTrie.Fold(word[k]) != form[k])
            {
                return false;
            }
        }

        return _lexicon.Language != "en" || word.Length == form.Length || (word.Length == form.Length + 1 && WordTrie.Fold(word[^1]) == 's');
    }

    private bool IsYear(int i)
    {
        ref readonly Token t = ref _tokens.Items[i];
        if (t.Kind != TokenKind.Number || !t.Plain || t.End - t.Start != 4 || t.Value < 1950 || t.Value > 2049)
        {
            return false;
        }

        // "2508 северокорейцев" is a count; "2024 год" a year. A number right before who is counted is a count.
        return !(i + 1 < _tokens.Count && _tokens.Items[i + 1].Entry?.Kind is LexKind.Partner or LexKind.Person or LexKind.PhraseHead or LexKind.Russians);
    }

    private void ReadPeriods(int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            LexKind kind = t.Entry?.Kind ?? LexKind.None;
            if (t.Kind == TokenKind.Number && IsYear(i))
            {
                if (!Consumed(i))
                {
                    _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, Year = (int)t.Value, Compare = ComparePrecedes(i, s) });
                }

                continue;
            }

            switch (kind)
            {
                case LexKind.Quarter:
                case LexKind.Half:
                {
                    int index = t.Entry!.Value > 0 ? t.Entry.Value : OrdinalBefore(i, s);
                    if (index == 0)
                    {
                        break;
                    }

                    PeriodKind pk = kind == LexKind.Quarter ? PeriodKind.Quarter : PeriodKind.Half;
                    if ((pk == PeriodKind.Half && index > 2) || index > 4)
                    {
                        break;
                    }

                    _cues.Add(new PeriodCue { Token = i, Kind = pk, Index = index, Year = YearAfter(i, e), Compare = ComparePrecedes(i, s) });
                    break;
                }

                case LexKind.Month:
                    ReadMonths(i, s, e);
                    break;
                case LexKind.YearWord:
                    if (i > s && _tokens.Items[i - 1].Is(LexKind.Last))
                    {
                        _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToPublication = -1, Compare = ComparePrecedes(i, s) });
                    }
                    else if (i > s && _tokens.Items[i - 1].Is(LexKind.This))
                    {
                        _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToPublication = 0, Compare = ComparePrecedes(i, s) });
                    }
                    else if (i + 1 < e && _tokens.Items[i + 1].Is(LexKind.Earlier))
                    {
                        _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1, Compare = true });
                    }

                    break;
                case LexKind.PreviousYear:
                    _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Year, Index = 1, RelativeToContext = -1, Compare = ComparePrecedes(i, s) });
                    break;
                case LexKind.Season:
                    _cues.Add(new PeriodCue { Token = i, Season = true });
                    break;
            }
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

    private bool ComparePrecedes(int i, int s)
    {
        for (int k = i - 1; k >= s && k >= i - 5; k--)
        {
            if (_tokens.Items[k].Is(LexKind.Compare))
            {
                return true;
            }

            if (_tokens.Items[k].Kind == TokenKind.Number && !IsYear(k))
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
            if (k < e && _tokens.Items[k].Is(LexKind.Month))
            {
                int last = _tokens.Items[k].Entry!.Value;
                if (last < first)
                {
                    return;
                }

                int year = YearAfter(k, e);
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
                    _cues.Add(new PeriodCue { Token = i, Kind = kind, Index = index, Year = year, Compare = ComparePrecedes(i, s) });
                }

                return;
            }
        }

        // The end of a range ("Juli bis September 2024") was read with its start.
        if (i - 2 >= s && _tokens.Items[i - 2].Is(LexKind.Month) && (_tokens.Items[i - 1].Is(LexKind.RangeTo) || _tokens.Items[i - 1].Kind == TokenKind.Punct))
        {
            return;
        }

        int single = YearAfter(i, e);
        if (single > 0 && (i + 1 < e) && _tokens.Items[i + 1].Kind == TokenKind.Number)
        {
            _cues.Add(new PeriodCue { Token = i, Kind = PeriodKind.Month, Index = first, Year = single, Compare = ComparePrecedes(i, s) });
        }
    }

    private void FindCandidates(int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Kind == TokenKind.Number)
            {
                if (t.Valid && !IsYear(i) && !IsNotAClaim(i, s, e))
                {
                    AddCandidate(i, s, e, t.Value, t.Precision, QuantityKind.Count);
                }
            }
            else if (t.Is(LexKind.NumberWord))
            {
                if (i + 1 < e && _tokens.Items[i + 1].Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord or LexKind.Month)
                {
                    continue;
                }

                bool counted = _tokens.Items[i + 1 < e ? i + 1 : i].Entry?.Kind is LexKind.Times or LexKind.Scale || CountedNoun(i, e) is not null;
                if (counted)
                {
                    AddCandidate(i, s, e, t.Entry!.Value, 1, QuantityKind.Count);
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

        if (next is { Kind: TokenKind.Punct, SpaceBefore: false } n && n.Char is '/' or ':' or '-' && next2 is { Kind: TokenKind.Number, SpaceBefore: false })
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
        if (next is { } nx && (nx.Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord || (nx.IsPunct('-') && next2 is { } n2 && n2.Entry?.Kind is LexKind.TimeUnit or LexKind.YearWord)))
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
        string? money = null;
        if (end + 1 < e && _tokens.Items[end + 1].Is(LexKind.Scale) && kind == QuantityKind.Count)
        {
            decimal scale = _tokens.Items[end + 1].Entry!.Value;
            value *= scale;
            precision = Math.Max(precision * scale, 1);
            end++;
            if (end + 1 < e && _tokens.Items[end + 1].IsPunct('.') && !_tokens.Items[end + 1].SpaceBefore && _tokens.Items[end].Entry!.Form.Length <= 4)
            {
                end++;
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

            if (k < e && _tokens.Items[k].Is(LexKind.Times))
            {
                kind = QuantityKind.Multiple;
                end = k;
                if (start - 1 >= s && _lexicon.Language == "ru" && IsWord(start - 1, "в"))
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

        _candidates.Add(new Candidate(start, end, i, value, precision, qualifier, kind, money));
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

    private LexEntry? CountedNoun(int end, int e)
    {
        for (int k = end + 1; k < e && k <= end + 4; k++)
        {
            ref readonly Token t = ref _tokens.Items[k];
            if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Punct && t.Char is not ('-' or '"' or '«' or '„')) || t.Kind == TokenKind.Newline)
            {
                return null;
            }

            if (t.Entry?.Kind is LexKind.Partner or LexKind.PhraseHead or LexKind.Person or LexKind.Visa or LexKind.Worker or LexKind.Uncovered or LexKind.Russians or LexKind.Entry)
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

    private void BuildClaim(int c, int s, int e, bool sentenceCue, bool hasEntry)
    {
        Candidate cand = _candidates[c];
        int regionStart = c > 0 ? _candidates[c - 1].End + 1 : s;
        int regionEnd = c + 1 < _candidates.Count ? _candidates[c + 1].Start - 1 : e - 1;
        LexEntry? counted = cand.Kind == QuantityKind.Multiple ? null : CountedNoun(cand.End, e);
        Country? partner = NearestPartner(cand.Number);
        bool carried = false;
        if (partner is null)
        {
            partner = _paragraphPartner ?? _documentPartner;
            carried = partner is not null;
        }

        bool claim = partner is not null && (!carried || sentenceCue || counted is not null)
            || counted?.Kind is LexKind.Uncovered or LexKind.Worker or LexKind.Visa;
        if (!claim)
        {
            return;
        }

        string? uncovered = cand.Money ?? (counted?.Kind == LexKind.Uncovered ? counted.Form : null);
        if (uncovered is null)
        {
            for (int k = regionStart; k <= regionEnd; k++)
            {
                if (_tokens.Items[k].Is(LexKind.Uncovered) && Math.Abs(k - cand.Number) <= 4)
                {
                    uncovered = _tokens.Items[k].Entry!.Form;
                    break;
                }
            }
        }

        bool russians = counted?.Kind == LexKind.Russians || RegionHas(regionStart, regionEnd, LexKind.Russians);
        bool visa = RegionHas(regionStart, regionEnd, LexKind.Visa) || (counted?.Kind == LexKind.Visa);
        bool worker = counted?.Kind == LexKind.Worker || RegionHas(regionStart, regionEnd, LexKind.Worker);
        Purpose? purpose = RegionPurpose(regionStart, regionEnd, cand.Number);
        if (purpose is null && visa)
        {
            // "Studentenvisa": the visa word names its type.
            for (int k = regionStart; k <= regionEnd; k++)
            {
                if (_tokens.Items[k].Is(LexKind.Visa) && _tokens.Items[k].Entry!.Value > 0)
                {
                    purpose = _tokens.Items[k].Entry!.Purpose;
                }
            }
        }
        bool total = RegionHas(regionStart, regionEnd, LexKind.Total);
        Claim? previous = c > 0 && Claims.Count > 0 && Claims[^1].Start >= _article.InputStart(_tokens.Items[s].Start) ? Claims[^1] : null;

        DatasetId dataset;
        if (russians && partner == NorthKorea)
        {
            dataset = ClaimExtractor.Exits;
        }
        else if (visa)
        {
            dataset = ClaimExtractor.Visas;
        }
        else if (worker && !hasEntry)
        {
            dataset = ClaimExtractor.Workers;
        }
        else if (!hasEntry && !worker && previous is null && _paragraphDataset is { } carriedDataset && counted is null)
        {
            dataset = carriedDataset;
        }
        else
        {
            dataset = ClaimExtractor.Entries;
        }

        if (worker && dataset == ClaimExtractor.Entries && purpose is null)
        {
            purpose = Purpose.Work;
        }

        Breakdown breakdown;
        if (dataset == ClaimExtractor.Workers)
        {
            breakdown = Breakdown.Total;
        }
        else if (purpose is { } pp)
        {
            breakdown = dataset == ClaimExtractor.Visas
                ? pp switch
                {
                    Purpose.Study => Breakdown.Parse("student"),
                    Purpose.Tourism => Breakdown.Parse("tourist"),
                    Purpose.Work => Breakdown.Parse("work"),
                    _ => Breakdown.Of(pp),
                }
                : Breakdown.Of(pp);
        }
        else if (!total && previous?.Frame.Breakdown is { } inherited && cand.Kind == QuantityKind.Multiple)
        {
            breakdown = inherited;
        }
        else
        {
            breakdown = Breakdown.Total;
        }

        (Period? period, string periodSource, bool season) = FindPeriod(regionStart, regionEnd, s, e, cand.Number, previous);
        Period? compared = null;
        if (period is { } pd)
        {
            compared = FindCompare(regionStart, regionEnd, s, e, pd);
            if (compared is null && cand.Kind is QuantityKind.Multiple or QuantityKind.PercentChange && pd.Kind != PeriodKind.YearToDate)
            {
                compared = pd.YearEarlier;
            }
        }

        QuantityKind kind = cand.Kind;
        if (kind == QuantityKind.Share && (RegionHas(regionStart, regionEnd, LexKind.Change) || compared is not null && FindCompare(regionStart, regionEnd, s, e, period!.Value) is not null))
        {
            kind = QuantityKind.PercentChange;
            compared ??= period?.YearEarlier;
        }

        if (season && uncovered is null && period is null)
        {
            periodSource = "a season (the figures are by year, half and quarter)";
        }

        Token first = _tokens.Items[cand.Start];
        Token last = _tokens.Items[cand.End];
        string text = Text[first.Start..last.End];
        int sentenceFrom = _tokens.Items[s].Start;
        int sentenceTo = _tokens.Items[e - 1].End;
        if (_sentenceStart != s)
        {
            // Claims of one sentence share its text.
            _sentence = Text[sentenceFrom..sentenceTo].Trim();
            _sentenceStart = s;
        }

        var frame = new ClaimFrame
        {
            Reporter = uncovered is null ? Russia : null,
            Partner = partner,
            Dataset = uncovered is null ? dataset : null,
            Breakdown = uncovered is null ? breakdown : null,
            Period = period,
            ComparedWith = compared,
            PeriodSource = periodSource,
            Uncovered = uncovered,
        };
        var quantity = new Quantity(cand.Value, cand.Precision, cand.Qualifier, kind);
        Claims.Add(new Claim(_article.InputStart(first.Start), _article.InputEnd(last.End - 1), text, _sentence, quantity, frame));
        if (partner is { } pt && uncovered is null)
        {
            _paragraphPartner = pt;
            _documentPartner = pt;
            if (period is { } pr)
            {
                _paragraphPeriod = pr;
                _documentPeriod = pr;
            }

            _paragraphDataset = dataset;
        }
    }

    private bool RegionHas(int from, int to, LexKind kind)
    {
        for (int k = from; k <= to; k++)
        {
            if (_tokens.Items[k].Is(kind))
            {
                return true;
            }
        }

        return false;
    }

    private Purpose? RegionPurpose(int from, int to, int number)
    {
        Purpose? best = null;
        int distance = int.MaxValue;
        for (int k = from; k <= to; k++)
        {
            if (_tokens.Items[k].Is(LexKind.Purpose) && Math.Abs(k - number) < distance)
            {
                best = _tokens.Items[k].Entry!.Purpose;
                distance = Math.Abs(k - number);
            }
        }

        return best;
    }

    private Country? NearestPartner(int number)
    {
        Country? best = null;
        int distance = int.MaxValue;
        foreach ((int token, Country country) in _partners)
        {
            if (Math.Abs(token - number) < distance)
            {
                best = country;
                distance = Math.Abs(token - number);
            }
        }

        return best;
    }

    private (Period? Period, string Source, bool Season) FindPeriod(int from, int to, int s, int e, int number, Claim? previous)
    {
        PeriodCue? inRegion = null, inSentence = null;
        bool season = false;
        int regionDistance = int.MaxValue, sentenceDistance = int.MaxValue;
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Compare)
            {
                continue;
            }

            if (cue.Season)
            {
                season |= cue.Token >= from && cue.Token <= to;
                continue;
            }

            // In the region the finest period wins ("this year ... in the first half" is the first half of this year).
            int d = Math.Abs(cue.Token - number);
            int rank = (MonthsOf(cue) * 10_000) + d;
            if (cue.Token >= from && cue.Token <= to && rank < regionDistance)
            {
                inRegion = cue;
                regionDistance = rank;
            }

            if (d < sentenceDistance)
            {
                inSentence = cue;
                sentenceDistance = d;
            }
        }

        if (inRegion is { } r && Resolve(r, previous?.Frame.Period) is { } rp)
        {
            return (rp, r.Year > 0 || r.Kind == PeriodKind.Year && r.RelativeToPublication is null ? "stated" : "stated; year resolved from context", season);
        }

        if (season)
        {
            return (null, "", true);
        }

        if (previous?.Frame.Period is { } inherited)
        {
            return (inherited, "stated earlier in the sentence", false);
        }

        if (inSentence is { } si && Resolve(si, null) is { } sp)
        {
            return (sp, "stated", false);
        }

        if (_paragraphPeriod is { } para)
        {
            return (para, "carried from the paragraph", false);
        }

        if (_documentPeriod is { } doc)
        {
            return (doc, "carried from earlier in the article", false);
        }

        return (null, "", false);
    }

    private Period? FindCompare(int from, int to, int s, int e, Period period)
    {
        foreach (PeriodCue cue in _cues)
        {
            if (!cue.Compare || cue.Season || cue.Token < from || cue.Token > to)
            {
                continue;
            }

            if (cue.RelativeToContext is int rel)
            {
                return Shift(period, rel);
            }

            if (cue.Kind == PeriodKind.Year && cue.Year > 0 && period.Kind != PeriodKind.Year)
            {
                return Shift(period, cue.Year - period.Year);
            }

            if (Resolve(cue, period) is { } p)
            {
                return p;
            }
        }

        return null;
    }

    private static Period? Shift(Period period, int years)
    {
        int year = period.Year + years;
        return period.Kind switch
        {
            PeriodKind.Year => Period.OfYear(year),
            PeriodKind.Half => Period.OfHalf(year, period.Index),
            PeriodKind.Quarter => Period.OfQuarter(year, period.Index),
            PeriodKind.Month => Period.OfMonth(year, period.Index),
            _ => Period.YearToMonth(year, period.Index),
        };
    }

    /// <summary>A cue's period; a year-less one takes its year from the sentence, the context, or the publication date.</summary>
    private Period? Resolve(PeriodCue cue, Period? context)
    {
        if (cue.Season)
        {
            return null;
        }

        int year = cue.Year;
        if (cue.RelativeToPublication is int relPub)
        {
            if (_published is not { } pub)
            {
                return null;
            }

            year = pub.Year + relPub;
        }
        else if (cue.RelativeToContext is int relCtx)
        {
            int? baseYear = OtherYear(cue) ?? context?.Year ?? _paragraphPeriod?.Year ?? _documentPeriod?.Year;
            if (baseYear is null)
            {
                return _published is { } pub ? Period.OfYear(pub.Year - 1) : null;
            }

            year = baseYear.Value + relCtx;
        }
        else if (year == 0)
        {
            year = OtherYear(cue) ?? context?.Year ?? _paragraphPeriod?.Year ?? _documentPeriod?.Year ?? LatestEnded(cue);
        }

        if (year is < Period.MinYear or > Period.MaxYear)
        {
            return null;
        }

        return cue.Kind switch
        {
            PeriodKind.Year => Period.OfYear(year),
            PeriodKind.Half => Period.OfHalf(year, cue.Index),
            PeriodKind.Quarter => Period.OfQuarter(year, cue.Index),
            PeriodKind.Month => Period.OfMonth(year, cue.Index),
            _ => Period.YearToMonth(year, cue.Index),
        };
    }

    private int? OtherYear(PeriodCue self)
    {
        foreach (PeriodCue cue in _cues)
        {
            if (!cue.Compare && cue.Token != self.Token)
            {
                if (cue.Year > 0)
                {
                    return cue.Year;
                }

                if (cue.RelativeToPublication is int rel && _published is { } pub)
                {
                    return pub.Year + rel;
                }
            }
        }

        return null;
    }

    private static int MonthsOf(PeriodCue cue) => cue.Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Half => 6,
        PeriodKind.Quarter => 3,
        PeriodKind.Month => 1,
        _ => cue.Index,
    };

    // "during the July-September period" in an article of November 2024: the latest such period that had ended.
    private int LatestEnded(PeriodCue cue)
    {
        if (_published is not { } pub)
        {
            return 0;
        }

        int lastMonth = cue.Kind switch
        {
            PeriodKind.Half => cue.Index * 6,
            PeriodKind.Quarter => cue.Index * 3,
            PeriodKind.Month => cue.Index,
            PeriodKind.YearToDate => cue.Index,
            _ => 12,
        };
        return pub.Month > lastMonth ? pub.Year : pub.Year - 1;
    }

    private readonly record struct Candidate(int Start, int End, int Number, decimal Value, decimal Precision, Qualifier Qualifier, QuantityKind Kind, string? Money);
}
