using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Reads one article sentence by sentence, keeping what the article has said so far (who it is about,
/// the period of its last claim) so that "Davon gaben fast 8.000 an ..." inherits the frame of the
/// sentence before it.
/// </summary>
internal sealed class DocumentState
{
    private readonly ArticleText _article;
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly DateOnly? _published;
    private readonly CueReader _cueReader;
    private readonly NumberReader _numbers;
    private readonly List<PeriodCue> _cues;
    private readonly List<Candidate> _candidates;
    private readonly List<(int Token, Country Country, bool People)> _partners = [];

    // Countries that report a dataset of the catalogue, named in the sentence ("in Russia"): where, not who.
    private readonly List<(int Token, Country Country)> _reporters = [];
    private readonly ClaimCatalogue _catalogue = ClaimCatalogue.Default;
    private readonly List<(int Token, int Owner)> _purposes = [];
    private (int Start, int End)[] _spans = new (int, int)[16];
    private Claim? _lastClaim;

    private Country? _paragraphPartner;
    private Country? _paragraphReporter;
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
        _cueReader = new CueReader(lexicon, tokens, article.Text, published);
        _cues = _cueReader.Cues;
        _numbers = new NumberReader(lexicon, tokens, article.Text, _cueReader);
        _candidates = _numbers.Candidates;
    }

    public List<Claim> Claims { get; } = new(64);

    private string Text => _article.Text;

    public void EndParagraph()
    {
        _paragraphPartner = null;
        _paragraphReporter = null;
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
        _reporters.Clear();
        _purposes.Clear();
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
                    _partners.Add((i, t.Entry.Country, t.Entry.Value == 1));
                    break;
                case LexKind.Reporter:
                    _reporters.Add((i, t.Entry.Country));
                    break;
                case LexKind.Dataset:
                    hasEntry = true;
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

        _cueReader.Read(s, e);
        int named = _partners.FindIndex(p => p.People);
        Country? sentencePartner = _partners.Count > 0 ? _partners[Math.Max(named, 0)].Country : null;
        if (hasNumber)
        {
            _numbers.Read(s, e);
            Attach(s, e);
            bool cue = hasEntry || hasVisa || hasWorker || hasPurpose;
            int firstClaim = Claims.Count;
            for (int c = 0; c < _candidates.Count; c++)
            {
                BuildClaim(c, s, e, cue, hasEntry);
            }

            SentenceFrames.Reconcile(Claims, firstClaim, _published);
        }

        if (sentencePartner is { } p)
        {
            _paragraphPartner = p;
            _documentPartner = p;
            foreach (PeriodCue cue in _cues)
            {
                if (!cue.Compare && !cue.Season && !cue.Since && Resolve(cue, null) is { } period)
                {
                    _paragraphPeriod ??= period;
                }
            }
        }
    }

    /// <summary>The attachment stage: each period phrase and purpose word goes to one number of the sentence.</summary>
    private void Attach(int s, int e)
    {
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

        ReadOnlySpan<(int Start, int End)> numbers = _spans.AsSpan(0, _candidates.Count);
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            cue.Owner = Attachment.Best(_tokens, _lexicon, Text, cue.From, cue.Token, numbers);
            _cues[ci] = cue;
        }

        bool respectively = false;
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Is(LexKind.Purpose))
            {
                _purposes.Add((i, Attachment.Best(_tokens, _lexicon, Text, i, i, numbers)));
            }

            respectively |= t.Is(LexKind.Respectively);
        }

        if (respectively)
        {
            PairRespectively();
        }
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

        if (_purposes.Count == counts.Count)
        {
            for (int k = 0; k < counts.Count; k++)
            {
                _purposes[k] = (_purposes[k].Token, counts[k]);
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
                _cues[periods[k]] = cue;
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
        bool people = false;
        foreach ((string[] rest, Country c, LexKind k, bool p) in phrases)
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
                people = p;
            }
        }

        if (best > 0 && kind == LexKind.Partner)
        {
            _partners.Add((i, country, people));
        }
        else if (best > 0 && kind == LexKind.Reporter)
        {
            _reporters.Add((i, country));
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
        int keep = _lexicon.NameForms == NameForms.PluralS ? form.Length : Math.Max(3, form.Length - 2);
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

        return _lexicon.NameForms != NameForms.PluralS || word.Length == form.Length || (word.Length == form.Length + 1 && WordTrie.Fold(word[^1]) == 's');
    }

    private void BuildClaim(int c, int s, int e, bool sentenceCue, bool hasEntry)
    {
        Candidate cand = _candidates[c];
        int regionStart = c > 0 ? _candidates[c - 1].End + 1 : s;
        int regionEnd = c + 1 < _candidates.Count ? _candidates[c + 1].Start - 1 : e - 1;
        LexEntry? counted = cand.Kind == QuantityKind.Multiple ? null : _numbers.CountedNoun(cand.End, e);
        (Country? partner, int partnerToken) = NearestPartner(cand.Number);
        string partnerSource = "stated";
        bool carried = false;
        if (partner is null)
        {
            partner = _paragraphPartner ?? _documentPartner;
            carried = partner is not null;
            partnerSource = _paragraphPartner is not null ? "carried from the paragraph" : "carried from earlier in the article";
        }

        // A sentence without a subject of its own ("Это в 15 раз больше, чем годом ранее") continues the one before it.
        bool continues = carried && _lastClaim is not null && cand.Kind is QuantityKind.Multiple or QuantityKind.PercentChange;
        bool claim = partner is not null && (!carried || sentenceCue || counted is not null || continues)
            || counted?.Kind is LexKind.Uncovered or LexKind.Worker or LexKind.Visa or LexKind.Dataset
            || (counted?.Kind == LexKind.Person && hasEntry);
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

        var words = new List<FrameWord>(5);
        if (partnerToken >= 0)
        {
            AddWord(words, "who", partnerToken, partnerToken);
        }

        bool russians = counted?.Kind == LexKind.Russians || AttachedFind(c, s, e, LexKind.Russians) >= 0;
        int visaToken = AttachedFind(c, s, e, LexKind.Visa);
        bool visa = visaToken >= 0 || (counted?.Kind == LexKind.Visa);
        int workerToken = AttachedFind(c, s, e, LexKind.Worker);
        bool worker = counted?.Kind == LexKind.Worker || workerToken >= 0;
        int namedToken = counted?.Kind == LexKind.Dataset ? RegionFind(cand.End + 1, e - 1, LexKind.Dataset) : AttachedFind(c, s, e, LexKind.Dataset);
        (Purpose? purpose, int purposeToken) = PurposeOf(c);
        if (purpose is null && visa)
        {
            // "Studentenvisa": the visa word names its type.
            for (int k = regionStart; k <= regionEnd; k++)
            {
                if (_tokens.Items[k].Is(LexKind.Visa) && _tokens.Items[k].Entry!.Value > 0)
                {
                    purpose = _tokens.Items[k].Entry!.Purpose;
                    purposeToken = k;
                }
            }
        }

        bool total = RegionHas(regionStart, regionEnd, LexKind.Total);
        Claim? previous = c > 0 && Claims.Count > 0 && Claims[^1].Start >= _article.InputStart(_tokens.Items[s].Start) ? Claims[^1] : null;
        if (previous is null && continues && cand.Kind is QuantityKind.Multiple or QuantityKind.PercentChange)
        {
            previous = _lastClaim;
        }

        // Which dataset: a word that names one (from data/dataset-words.csv), else the grammar's word classes, each of
        // which names the dataset the catalogue gives it; counts of people with no such word are entries.
        DatasetId? chosen = null;
        bool datasetStated = true;
        if (namedToken >= 0 && _tokens.Items[namedToken].Entry!.Dataset is { } named)
        {
            chosen = named;
            AddWord(words, "what", namedToken, namedToken);
        }
        else if (russians && partner is not null)
        {
            chosen = _catalogue.ForClass(LexKind.Russians);
        }
        else if (visa)
        {
            chosen = _catalogue.ForClass(LexKind.Visa);
            AddWord(words, "what", visaToken, visaToken);
        }
        else if (worker && !hasEntry)
        {
            chosen = _catalogue.ForClass(LexKind.Worker);
            AddWord(words, "what", workerToken, workerToken);
        }
        else if (!hasEntry && !worker && previous is null && _paragraphDataset is { } carriedDataset && counted is null)
        {
            chosen = carriedDataset;
            datasetStated = false;
        }
        else if (!hasEntry && continues && _lastClaim?.Frame.Dataset is { } continued)
        {
            chosen = continued;
        }
        else
        {
            chosen = _catalogue.ForClass(LexKind.Entry);
            datasetStated = hasEntry || previous is not null;
        }

        string breakdownKind = chosen is { } ch ? _catalogue.BreakdownOf(ch) : "total";
        if (worker && breakdownKind == "purpose" && purpose is null)
        {
            purpose = Purpose.Work;
        }

        Breakdown breakdown;
        if (breakdownKind == "total")
        {
            breakdown = Breakdown.Total;
        }
        else if (purpose is { } pp)
        {
            breakdown = breakdownKind == "visa type"
                ? pp switch
                {
                    Purpose.Study => Breakdown.Parse("student"),
                    Purpose.Tourism => Breakdown.Parse("tourist"),
                    Purpose.Work => Breakdown.Parse("work"),
                    _ => Breakdown.Of(pp),
                }
                : Breakdown.Of(pp);
            AddWord(words, "purpose", purposeToken, purposeToken);
        }
        else if (!total && previous?.Frame.Breakdown is { } inherited && cand.Kind == QuantityKind.Multiple)
        {
            breakdown = inherited;
        }
        else
        {
            breakdown = Breakdown.Total;
        }

        if (chosen is null && uncovered is null)
        {
            uncovered = "what no dataset of the catalogue counts";
        }

        DatasetId dataset = chosen.GetValueOrDefault();
        Country? reporter = ReporterOf(cand.Number, partner, dataset);

        (Period? period, string periodSource, bool season, int cueIndex) = FindPeriod(c, regionStart, regionEnd, cand.Number, previous);
        if (cueIndex >= 0)
        {
            AddWord(words, "when", _cues[cueIndex].From, _cues[cueIndex].Token);
        }

        Period? compared = null;
        bool compareAssumed = false;
        if (period is { } pd)
        {
            (compared, int compareCue) = FindCompare(c, regionStart, regionEnd, pd);
            if (compareCue >= 0)
            {
                AddWord(words, "compared with", _cues[compareCue].From, _cues[compareCue].Token);
            }

            if (compared is null && cand.Kind is QuantityKind.Multiple or QuantityKind.PercentChange && pd.Kind != PeriodKind.YearToDate)
            {
                compared = pd.YearEarlier;
                compareAssumed = true;
            }
        }

        QuantityKind kind = cand.Kind;
        if (kind == QuantityKind.Share && (RegionHas(regionStart, regionEnd, LexKind.Change) || compared is not null && FindCompare(c, regionStart, regionEnd, period!.Value).Period is not null))
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
        int textEnd = cand.TextEnd > 0 ? cand.TextEnd : last.End;
        string text = Text[first.Start..textEnd];
        int sentenceFrom = _tokens.Items[s].Start;
        int sentenceTo = _tokens.Items[e - 1].End;
        if (_sentenceStart != s)
        {
            // Claims of one sentence share its text.
            _sentence = Text[sentenceFrom..sentenceTo].Trim();
            _sentenceStart = s;
        }

        bool periodStated = periodSource.StartsWith("stated", StringComparison.Ordinal) || periodSource.StartsWith("carried from the paragraph", StringComparison.Ordinal);
        var frame = new ClaimFrame
        {
            Reporter = uncovered is null ? reporter : null,
            Partner = partner,
            Dataset = uncovered is null ? dataset : null,
            Breakdown = uncovered is null ? breakdown : null,
            Period = period,
            ComparedWith = compared,
            PeriodSource = periodSource,
            PartnerSource = partner is null ? "" : partnerSource,
            Uncovered = uncovered,
            Words = words,
            ComparisonAssumed = compareAssumed,
            Clear = partner is not null && (!carried || partnerSource.StartsWith("carried from the paragraph", StringComparison.Ordinal) || continues) && datasetStated && periodStated,
        };
        var quantity = new Quantity(cand.Value, cand.Precision, cand.Qualifier, kind) { Scaled = cand.Scaled };
        var made = new Claim(_article.InputStart(first.Start), _article.InputEnd(textEnd - 1), text, _sentence, quantity, frame)
        {
            Alternatives = compareAssumed && compared is { } assumed ? EarlierBases(frame, assumed) : OtherReadings(c, frame, s, e),
        };
        Claims.Add(made);
        if (partner is { } pt && uncovered is null)
        {
            _lastClaim = made;
            _paragraphPartner = pt;
            _documentPartner = pt;
            if (period is { } pr)
            {
                _paragraphPeriod = pr;
                _documentPeriod = pr;
            }

            _paragraphDataset = dataset;
            _paragraphReporter = reporter;
        }
    }

    /// <summary>
    /// The frames a count would have if a purpose or period of its sentence that attached to another number were its own:
    /// a cue that lands on the wrong number must not make a claim contradicted.
    /// </summary>
    private IReadOnlyList<ClaimFrame> OtherReadings(int c, ClaimFrame frame, int s, int e)
    {
        if (_candidates[c].Kind != QuantityKind.Count || frame.Uncovered is not null || frame.Dataset is null)
        {
            return [];
        }

        // Only cues near the number, and a handful of readings: a list of hundreds of numbers must stay linear.
        const int Reach = 30, MaxReadings = 6;
        int number = _candidates[c].Number;
        List<ClaimFrame>? readings = null;
        foreach ((int token, int owner) in _purposes)
        {
            if (Math.Abs(token - number) > Reach || readings?.Count >= MaxReadings)
            {
                continue;
            }

            Breakdown other = Breakdown.Of(_tokens.Items[token].Entry!.Purpose);
            if (owner != c && _catalogue.BreakdownOf(frame.Dataset.Value) == "purpose" && other != frame.Breakdown)
            {
                (readings ??= []).Add(frame with { Breakdown = other, Words = [] });
            }
        }

        if (frame.Breakdown is { } b && b != Breakdown.Total)
        {
            (readings ??= []).Add(frame with { Breakdown = Breakdown.Total, Words = [] });
        }

        foreach (PeriodCue cue in _cues)
        {
            if (Math.Abs(cue.Token - number) > Reach || readings?.Count >= MaxReadings)
            {
                continue;
            }

            if (cue.Owner != c && !cue.Compare && !cue.Season && !cue.Since && Resolve(cue, null) is { } p && p != frame.Period)
            {
                (readings ??= []).Add(frame with { Period = p, PeriodSource = "stated elsewhere in the sentence", Words = [] });
            }
        }

        return readings is null ? [] : readings;
    }

    // "a fifteenfold increase" with no base named: a year earlier is assumed, and earlier years are candidates too.
    private static ClaimFrame[] EarlierBases(ClaimFrame frame, Period assumed)
    {
        var bases = new ClaimFrame[4];
        for (int k = 0; k < bases.Length; k++)
        {
            bases[k] = frame with { ComparedWith = Shift(assumed, -(k + 1)), PeriodSource = frame.PeriodSource + "; compared with an earlier year (the text names none)", Clear = false };
        }

        return bases;
    }

    private void AddWord(List<FrameWord> words, string part, int from, int to)
    {
        if (from < 0 || to < from)
        {
            return;
        }

        words.Add(new FrameWord(part, _article.InputStart(_tokens.Items[from].Start), _article.InputEnd(_tokens.Items[to].End - 1)));
    }

    /// <summary>The first word of a kind in the sentence that attaches to candidate c rather than to another number.</summary>
    private int AttachedFind(int c, int s, int e, LexKind kind)
    {
        for (int k = s; k < e; k++)
        {
            if (_tokens.Items[k].Is(kind) && Attachment.Best(_tokens, _lexicon, Text, k, k, _spans.AsSpan(0, _candidates.Count)) == c)
            {
                return k;
            }
        }

        return -1;
    }

    private int RegionFind(int from, int to, LexKind kind)
    {
        for (int k = from; k <= to; k++)
        {
            if (_tokens.Items[k].Is(kind))
            {
                return k;
            }
        }

        return -1;
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

    /// <summary>
    /// The country whose figures count the number, when the sentence names one: the nearest named reporter of the dataset
    /// (the catalogue's "in Russia"), else, for a dataset any country may report (Eurostat's), the nearest place name of
    /// another country than the people counted ("Germany issued 40 permits to North Koreans"). Null when the text names
    /// none: the figures then decide, if only one country reports them.
    /// </summary>
    private Country? ReporterOf(int number, Country? partner, DatasetId dataset)
    {
        Country? best = null;
        int distance = int.MaxValue;
        foreach ((int token, Country country) in _reporters)
        {
            if (_catalogue.MayReport(dataset, country) && Math.Abs(token - number) < distance)
            {
                (best, distance) = (country, Math.Abs(token - number));
            }
        }

        Country? place = null;
        foreach ((int token, Country country, bool people) in best is null ? _partners : [])
        {
            if (!people && country != partner && _catalogue.MayReport(dataset, country) && Math.Abs(token - number) < distance)
            {
                (place, distance) = (country, Math.Abs(token - number));
            }
        }

        return best ?? place ?? (partner is not null ? _paragraphReporter : null);
    }

    private (Country? Country, int Token) NearestPartner(int number)
    {
        Country? best = null;
        int bestToken = -1;
        int distance = int.MaxValue;
        bool bestPeople = false;
        foreach ((int token, Country country, bool people) in _partners)
        {
            // "Germany issued 40 permits to North Koreans": the people counted are named as people; a place name of
            // another country in the sentence is where they were counted.
            if ((people && !bestPeople) || (people == bestPeople && Math.Abs(token - number) < distance))
            {
                bestPeople = people;
                best = country;
                bestToken = token;
                distance = Math.Abs(token - number);
            }
        }

        return (best, bestToken);
    }

    private (Purpose? Purpose, int Token) PurposeOf(int candidate)
    {
        int number = _candidates[candidate].Number;
        Purpose? best = null;
        int bestToken = -1;
        int distance = int.MaxValue;
        bool several = false;
        foreach ((int token, int owner) in _purposes)
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

        // "295 North Koreans entered, mostly for business or private reasons": purposes that describe the mix of one
        // number leave it the total.
        return several ? (null, -1) : (best, bestToken);
    }

    private (Period? Period, string Source, bool Season, int Cue) FindPeriod(int c, int from, int to, int number, Claim? previous)
    {
        int own = -1, ownCompare = -1, inSentence = -1;
        bool season = false;
        int ownRank = int.MaxValue, compareDistance = int.MaxValue, sentenceDistance = int.MaxValue;
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            if (cue.Season)
            {
                season |= cue.Token >= from && cue.Token <= to;
                continue;
            }

            if (cue.Since)
            {
                continue;
            }

            int d = Math.Abs(cue.Token - number);
            if (cue.Compare)
            {
                if (cue.Owner == c && d < compareDistance)
                {
                    ownCompare = ci;
                    compareDistance = d;
                }

                continue;
            }

            // Among the phrases attached to the number the finest period wins ("this year ... in the first half").
            int rank = (MonthsOf(cue) * 10_000) + d;
            if (cue.Owner == c && rank < ownRank)
            {
                own = ci;
                ownRank = rank;
            }

            if (d < sentenceDistance)
            {
                inSentence = ci;
                sentenceDistance = d;
            }
        }

        if (own >= 0 && Resolve(_cues[own], previous?.Frame.Period) is { } rp)
        {
            PeriodCue r = _cues[own];
            return (rp, r.Year > 0 || (r.Kind == PeriodKind.Year && r.RelativeToPublication is null && r.RelativeToContext is null) ? "stated" : "stated; year resolved from context", season, own);
        }

        if (season)
        {
            return (null, "", true, -1);
        }

        // A count whose only period is what something is compared with is the base of the comparison ("from 1,100 in 2023").
        if (ownCompare >= 0 && _candidates[c].Kind == QuantityKind.Count && Resolve(_cues[ownCompare], MainPeriod(_cues[ownCompare].Token)) is { } basePeriod)
        {
            return (basePeriod, "stated (the base of a comparison)", false, ownCompare);
        }

        if (previous?.Frame.Period is { } inherited)
        {
            return (inherited, "stated earlier in the sentence", false, -1);
        }

        if (inSentence >= 0 && Resolve(_cues[inSentence], null) is { } sp)
        {
            return (sp, "stated", false, inSentence);
        }

        if (_paragraphPeriod is { } para)
        {
            return (para, "carried from the paragraph", false, -1);
        }

        if (_documentPeriod is { } doc)
        {
            return (doc, "carried from earlier in the article", false, -1);
        }

        return (null, "", false, -1);
    }

    /// <summary>The sentence's own period other than the given cue: what a relative period ("a year earlier") is relative to.</summary>
    private Period? MainPeriod(int exceptToken)
    {
        Period? best = null;
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Token != exceptToken && !cue.Compare && !cue.Season && !cue.Since && !cue.SamePeriod && cue.RelativeQuarters is null && cue.RelativeToContext is null
                && Resolve(cue, null) is { } p && (best is null || p.MonthCount < best.Value.MonthCount))
            {
                best = p;
            }
        }

        return best ?? _paragraphPeriod ?? _documentPeriod;
    }

    private (Period? Period, int Cue) FindCompare(int c, int from, int to, Period period)
    {
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            // A comparison phrase attached to another number is that number's period ("against 370 in the same period last year").
            bool mine = cue.Owner == c || (cue.Token >= from && cue.Token <= to && (cue.Owner < 0 || _candidates[cue.Owner].Kind != QuantityKind.Count || _candidates[c].Kind != QuantityKind.Count));
            if (!cue.Compare || cue.Season || cue.Since || !mine)
            {
                continue;
            }

            if (cue.RelativeToContext is int rel)
            {
                return (Shift(period, rel), ci);
            }

            if (cue.RelativeQuarters is int rq)
            {
                return (ShiftQuarters(period, rq), ci);
            }

            if (cue.Kind == PeriodKind.Year && cue.Year > 0 && period.Kind != PeriodKind.Year)
            {
                return (Shift(period, cue.Year - period.Year), ci);
            }

            if (Resolve(cue, period) is { } p)
            {
                return (p, ci);
            }
        }

        return (null, -1);
    }

    private static Period? ShiftQuarters(Period period, int quarters)
    {
        if (period.Kind != PeriodKind.Quarter)
        {
            return null;
        }

        int index = (period.Year * 4) + period.Index - 1 + quarters;
        int year = index / 4;
        return year is < Period.MinYear or > Period.MaxYear ? null : Period.OfQuarter(year, (index % 4) + 1);
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

        if (cue.RelativeQuarters is int rq)
        {
            // "직전 분기", "the previous quarter": before the quarter the sentence speaks of, else before the current one.
            Period? basis = null;
            foreach (PeriodCue other in _cues)
            {
                if (other.Token != cue.Token && other.Kind == PeriodKind.Quarter && other.RelativeQuarters is null && !other.Since && Resolve(other, context) is { } q)
                {
                    basis = q;
                    break;
                }
            }

            basis ??= context is { Kind: PeriodKind.Quarter } ? context : _paragraphPeriod is { Kind: PeriodKind.Quarter } pq ? pq : null;
            if (basis is null && _published is { } now)
            {
                // Nothing in the text: the quarter reported is the latest one ended by publication; "the previous" is before it.
                basis = ShiftQuarters(Period.OfQuarter(now.Year, ((now.Month - 1) / 3) + 1), -1);
            }

            return basis is { } b ? ShiftQuarters(b, rq) : null;
        }

        if (cue.SamePeriod && cue.RelativeToContext is int same)
        {
            // "the same period last year": the sentence's own period (or the context's), a year earlier.
            Period? own = MainPeriod(cue.Token) ?? context;
            return own is { } o ? Shift(o, same) : null;
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
            if (!cue.Compare && !cue.Since && !cue.Season && cue.Token != self.Token)
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

}
