using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The frame-hypotheses stage: for each number of a sentence, the frame the text gives it (who is counted, where, which
/// dataset and breakdown, when, compared with when) and the other frames the text allows, checked by the decision stage
/// when the first one fails. Reads what the earlier stages found: the numbers, the countries, the cues and their owners,
/// the periods, and what the article has said so far.
/// </summary>
internal sealed class FrameHypotheses
{
    private readonly ArticleText _article;
    private readonly TokenBuffer _tokens;
    private readonly NumberReader _numbers;
    private readonly PeopleReader _people;
    private readonly ListReader _lists;
    private readonly PeriodResolver _periods;
    private readonly DocumentContext _context;
    private readonly List<Candidate> _candidates;
    private readonly List<PeriodCue> _cues;
    private readonly ClaimCatalogue _catalogue;
    private readonly DateOnly? _published;
    private int _sentenceStart = -1;
    private string _sentence = "";

    /// <summary>The most claims read in full; the claims after them are only counted (<see cref="LeftOut"/>).</summary>
    public int MaxClaims { get; init; } = int.MaxValue;

    /// <summary>The claims found after the first <see cref="MaxClaims"/>.</summary>
    public int LeftOut { get; private set; }

    public FrameHypotheses(ArticleText article, TokenBuffer tokens, NumberReader numbers, CueReader cues, PeopleReader people, ListReader lists, PeriodResolver periods, DocumentContext context, ClaimCatalogue catalogue, DateOnly? published)
    {
        _published = published;
        _article = article;
        _tokens = tokens;
        _numbers = numbers;
        _people = people;
        _lists = lists;
        _periods = periods;
        _context = context;
        _candidates = numbers.Candidates;
        _cues = cues.Cues;
        _catalogue = catalogue;
    }

    private string Text => _article.Text;

    /// <summary>
    /// Adds the claim of candidate c of the sentence from token s to e (exclusive) to <paramref name="claims"/>, if the
    /// number is a claim: it counts people or things the text names, not a year, a date or an age.
    /// </summary>
    public void Build(int c, int s, int e, bool sentenceCue, bool hasEntry, List<Claim> claims)
    {
        Candidate cand = _candidates[c];
        int regionStart = c > 0 ? _candidates[c - 1].End + 1 : s;
        int regionEnd = c + 1 < _candidates.Count ? _candidates[c + 1].Start - 1 : e - 1;
        LexEntry? counted = cand.Kind == QuantityKind.Multiple ? null : _numbers.CountedNoun(cand.End, e);
        (Country? partner, int partnerToken) = BracketPartner(c, e) ?? _people.NearestPartner(cand.Number);
        string partnerSource = "stated";
        bool carried = false;
        if (partner is null)
        {
            partner = _context.ParagraphPartner ?? _context.DocumentPartner;
            carried = partner is not null;
            partnerSource = _context.ParagraphPartner is not null ? "carried from the paragraph" : "carried from earlier in the article";
        }

        // A sentence without a subject of its own ("Это в 15 раз больше, чем годом ранее") continues the one before it; one
        // that takes a part of the people counted before ("Over 9,000 of them came to study") counts them in that claim's
        // dataset and period.
        bool refersBack = carried && _people.RefersBack && _context.LastClaim?.Frame.Dataset is not null && cand.Kind == QuantityKind.Count;
        bool continues = carried && _context.LastClaim is not null && (cand.Kind is QuantityKind.Multiple or QuantityKind.PercentChange || refersBack);
        bool claim = partner is not null && (!carried || sentenceCue || counted is not null || continues)
            || counted?.Kind is LexKind.Uncovered or LexKind.Worker or LexKind.Visa or LexKind.Dataset
            || (counted?.Kind == LexKind.Person && hasEntry);
        if (!claim)
        {
            return;
        }

        if (claims.Count >= MaxClaims)
        {
            // Past the bound a claim is counted, not read: its frame would never be checked.
            LeftOut++;
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

        bool russians = counted?.Kind == LexKind.Russians || _lists.AttachedFind(c, s, e, LexKind.Russians) >= 0 || ReporterCitizens(c, s, e);
        int visaToken = _lists.AttachedFind(c, s, e, LexKind.Visa);
        bool visa = visaToken >= 0 || (counted?.Kind == LexKind.Visa);
        int workerToken = _lists.AttachedFind(c, s, e, LexKind.Worker);
        bool worker = counted?.Kind == LexKind.Worker || workerToken >= 0;
        int namedToken = counted?.Kind == LexKind.Dataset ? RegionFind(cand.End + 1, e - 1, LexKind.Dataset) : MostSpecificName(c, s, e);
        int modeToken = _lists.AttachedFind(c, s, e, LexKind.Mode);
        (Purpose? purpose, int purposeToken) = _lists.PurposeOf(c);
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
        Claim? previous = c > 0 && claims.Count > 0 && claims[^1].Start >= _article.InputStart(_tokens.Items[s].Start) ? claims[^1] : null;
        if (previous is null && continues)
        {
            previous = _context.LastClaim;
        }

        // Which datasets: a word that names some (data/dataset-words.csv), else the grammar's word classes, each naming the
        // datasets the words file lists for it; counts of people with no such word are entries. Every dataset named is a
        // hypothesis, the likeliest first; one that cannot express a purpose or mode the text attaches to the number is not.
        IReadOnlyList<DatasetId> named = [];
        bool datasetStated = true;
        int whatToken = -1;
        if (namedToken >= 0)
        {
            named = _tokens.Items[namedToken].Entry!.Datasets;
            whatToken = namedToken;
        }
        else if (russians && partner is not null)
        {
            named = _catalogue.DatasetsFor(LexKind.Russians);
        }
        else if (visa)
        {
            named = _catalogue.DatasetsFor(LexKind.Visa);
            whatToken = visaToken;
        }
        else if (worker && !hasEntry)
        {
            named = _catalogue.DatasetsFor(LexKind.Worker);
            whatToken = workerToken;
        }
        else if (!hasEntry && refersBack && _context.LastClaim?.Frame.Dataset is { } referred)
        {
            named = [referred];
        }
        else if (!hasEntry && !worker && previous is null && _context.ParagraphDataset is { } carriedDataset && counted is null)
        {
            named = [carriedDataset];
            datasetStated = false;
        }
        else if (!hasEntry && continues && _context.LastClaim?.Frame.Dataset is { } continued)
        {
            named = [continued];
        }
        else if (previous?.Frame.Dataset is { } fromDataset && FromTo(c))
        {
            // "fallen from 34,000 to some 10,000": both ends of a change count the same thing.
            named = [fromDataset];
        }
        else
        {
            named = _catalogue.DatasetsFor(LexKind.Entry);
            datasetStated = hasEntry || previous is not null;
        }

        if (worker && purpose is null && named.Count > 0 && _catalogue.BreakdownOf(named[0]) == "purpose")
        {
            purpose = Purpose.Work;
        }

        string? mode = modeToken >= 0 ? _tokens.Items[modeToken].Entry!.Form : null;
        // "tourist trips", "туристских поездок": the purpose word modifies the trips counted, so it names a measure that
        // counts one purpose as a whole; "travellers for tourism" counts entries by purpose and does not.
        // The sentence citing the publisher ("сообщает Росстат") or naming the measure anywhere, or the paragraph having
        // named it, licenses it as well.
        bool measureNamed = namedToken >= 0 || (purposeToken >= 0 && purposeToken + 1 < e && _tokens.Items[purposeToken + 1].Is(LexKind.Entry));
        List<DatasetId> datasets = Licensed(named, purpose, mode, d => measureNamed || _context.ParagraphDataset == d || SentenceNames(s, e, d));
        DatasetId? chosen = datasets.Count > 0 ? datasets[0] : null;
        if (whatToken >= 0 && chosen is not null)
        {
            AddWord(words, "what", whatToken, whatToken);
        }

        Breakdown? inheritedBreakdown = !total && cand.Kind == QuantityKind.Multiple ? previous?.Frame.Breakdown : null;
        Breakdown breakdown = chosen is { } ch ? BreakdownIn(ch, purpose, mode, inheritedBreakdown) : Breakdown.Total;
        if (purpose is not null && purposeToken >= 0)
        {
            AddWord(words, "purpose", purposeToken, purposeToken);
        }
        else if (mode is not null)
        {
            AddWord(words, "purpose", modeToken, modeToken);
        }

        if (chosen is null && uncovered is null)
        {
            uncovered = "what no dataset of the catalogue counts";
        }

        DatasetId dataset = chosen.GetValueOrDefault();
        Country? reporter = _people.ReporterOf(cand.Number, partner, dataset, _context.ParagraphReporter);

        (Period? period, string periodSource, bool season, int cueIndex) = _periods.FindPeriod(c, regionStart, regionEnd, cand.Number, previous,
            refersBack ? "stated before (the people counted in the previous sentence)" : "stated earlier in the sentence");
        bool ownPeriod = cueIndex >= 0 && _cues[cueIndex].Owner == c;

        // A period phrase that belongs to another number of the sentence ("3명에 그쳐, 2024년 초 ... 8000건") does not fix
        // this number's period when the paragraph gives one of its own: never grounds to accuse; the paragraph's is a reading.
        bool otherNumbersPeriod = cueIndex >= 0 && _cues[cueIndex].Owner >= 0 && _cues[cueIndex].Owner != c && previous is null
            && _context.ParagraphPeriod is { } paragraphPeriod && paragraphPeriod != period;
        if (cueIndex >= 0)
        {
            AddWord(words, "when", _cues[cueIndex].From, _cues[cueIndex].Token);
        }

        Period? compared = null;
        bool compareAssumed = false;
        if (period is { } pd)
        {
            (compared, int compareCue) = _periods.FindCompare(c, regionStart, regionEnd, pd);
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
        if (kind == QuantityKind.Share && (RegionHas(regionStart, regionEnd, LexKind.Change) || compared is not null && _periods.FindCompare(c, regionStart, regionEnd, period!.Value).Period is not null))
        {
            kind = QuantityKind.PercentChange;
            compared ??= period?.YearEarlier;
        }

        if (season && uncovered is null && period is null)
        {
            periodSource = "a season (the figures are by year, half and quarter)";
        }

        // No period anywhere: the figure the article could have had in mind is the latest one published by its date ("around
        // 1,000 North Korean workers are still in the country"). An assumption, so never grounds for a contradiction.
        bool latest = period is null && !season && uncovered is null && _published is not null;
        if (latest)
        {
            periodSource = "not stated: the latest figure published by the article's date";
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

        // "Die Zahl der russischen Besucher ... 1.238": the sentence names the reporting country's own people while the people
        // counted are only carried from before, so who is counted is open; the reporter's citizens travelling are a reading.
        bool reporterPeople = carried && !russians && uncovered is null && _people.ReporterPeopleToken() >= 0;
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
            LatestPeriod = latest,
            Clear = partner is not null && (!carried || partnerSource.StartsWith("carried from the paragraph", StringComparison.Ordinal) || continues) && datasetStated && periodStated
                && !reporterPeople && !otherNumbersPeriod,
        };
        var quantity = new Quantity(cand.Value, cand.Precision, cand.Qualifier, kind) { Scaled = cand.Scaled };
        var made = new Claim(_article.InputStart(first.Start), _article.InputEnd(textEnd - 1), text, _sentence, quantity, frame)
        {
            Alternatives = compareAssumed && compared is { } assumed ? EarlierBases(frame, assumed)
                : [.. OtherDatasets(frame, datasets, purpose, mode, inheritedBreakdown, cand.Number, partner), .. OtherReadings(c, frame, purposeToken >= 0, ownPeriod),
                    .. ReporterPeopleReadings(frame, reporterPeople, c, purpose, mode, cand.Number, partner), .. ParagraphPeriodReading(frame, otherNumbersPeriod, partner is not null && datasetStated)],
        };
        claims.Add(made);
        if (partner is { } pt && uncovered is null)
        {
            _context.Remember(made, pt, reporter, dataset);
        }
    }

    /// <summary>
    /// The datasets among <paramref name="named"/> that can state what the text attaches to the number: a purpose is
    /// stated by a dataset broken down by purpose (or visa type), or by one that counts that purpose as a whole (tourist
    /// trips count tourism); a mode of transport by one broken down by mode. A dataset that would drop such a word is no
    /// hypothesis; when none can state it, the first is kept and the frame keeps the word (its figure then does not exist).
    /// A dataset that counts one purpose as a whole (Rosstat's tourist trips) measures something else than entries: it is
    /// a hypothesis only when the text names that measure or cites its publisher (<paramref name="measureNamed"/>), never for entries in general
    /// nor for "travellers whose purpose was tourism", which the border service counts.
    /// </summary>
    private List<DatasetId> Licensed(IReadOnlyList<DatasetId> named, Purpose? purpose, string? mode, Func<DatasetId, bool> measureNamed)
    {
        var licensed = new List<DatasetId>(named.Count);
        foreach (DatasetId d in named)
        {
            string kind = _catalogue.BreakdownOf(d);
            Purpose? whole = _catalogue.PurposeOf(d);
            bool fits = whole is not null && !measureNamed(d) ? false
                : mode is not null ? kind == "mode"
                : purpose is not { } p || kind is "purpose" or "visa type" || whole == p;
            if (fits)
            {
                licensed.Add(d);
            }
        }

        if (licensed.Count == 0 && named.Count > 0)
        {
            licensed.Add(named[0]);
        }

        return licensed;
    }

    /// <summary>True when a word of the sentence names the dataset or cites its publisher.</summary>
    private bool SentenceNames(int s, int e, DatasetId dataset)
    {
        for (int k = s; k < e; k++)
        {
            if ((_tokens.Items[k].Is(LexKind.Dataset) || _tokens.Items[k].Is(LexKind.Publisher)) && _tokens.Items[k].Entry!.Datasets.Contains(dataset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reporter's own citizens travelling to the partner, when the sentence names them and the partner is only carried.</summary>
    private IEnumerable<ClaimFrame> ReporterPeopleReadings(ClaimFrame frame, bool reporterPeople, int c, Purpose? purpose, string? mode, int number, Country? partner)
    {
        if (!reporterPeople || frame.Dataset is null)
        {
            yield break;
        }

        int token = _people.ReporterPeopleToken();
        foreach (DatasetId d in _catalogue.DatasetsFor(LexKind.Russians))
        {
            yield return frame with
            {
                Dataset = d,
                Breakdown = BreakdownIn(d, purpose, mode, null),
                Reporter = _people.ReporterOf(number, partner, d, _context.ParagraphReporter),
                Words = [],
                Clear = frame.Period is not null && _lists.Attaches(token, c),
                Evidence = $"the sentence names \"{Text[_tokens.Items[token].Start.._tokens.Items[token].End]}\", the reporting country's own people",
            };
        }
    }

    /// <summary>The paragraph's period, when the one read for the number belongs to another number of the sentence.</summary>
    private IEnumerable<ClaimFrame> ParagraphPeriodReading(ClaimFrame frame, bool otherNumbersPeriod, bool clear)
    {
        if (otherNumbersPeriod && _context.ParagraphPeriod is { } paragraph)
        {
            yield return frame with
            {
                Period = paragraph,
                PeriodSource = "carried from the paragraph",
                Words = [],
                Clear = clear,
                Evidence = "the period read with this number belongs to another number of the sentence; the paragraph states this one",
            };
        }
    }

    /// <summary>The breakdown of a dataset that states the purpose or mode the text attaches to the number, else the total.</summary>
    private Breakdown BreakdownIn(DatasetId dataset, Purpose? purpose, string? mode, Breakdown? inherited)
    {
        string kind = _catalogue.BreakdownOf(dataset);
        if (mode is not null)
        {
            return Breakdown.Parse(mode);
        }

        if (purpose is not { } p)
        {
            return inherited is { } i && kind != "total" ? i : Breakdown.Total;
        }

        if (_catalogue.PurposeOf(dataset) == p)
        {
            return Breakdown.Total;
        }

        return kind == "visa type"
            ? p switch
            {
                Purpose.Study => Breakdown.Parse("student"),
                Purpose.Tourism => Breakdown.Parse("tourist"),
                Purpose.Work => Breakdown.Parse("work"),
                _ => Breakdown.Of(p),
            }
            : Breakdown.Of(p);
    }

    /// <summary>The other datasets the words name, each a hypothesis as clear as the first: the figures decide between them.</summary>
    private IEnumerable<ClaimFrame> OtherDatasets(ClaimFrame frame, List<DatasetId> datasets, Purpose? purpose, string? mode, Breakdown? inherited, int number, Country? partner)
    {
        if (frame.Uncovered is not null || frame.ComparisonAssumed)
        {
            yield break;
        }

        for (int k = 1; k < datasets.Count; k++)
        {
            DatasetId d = datasets[k];
            yield return frame with
            {
                Dataset = d,
                Breakdown = BreakdownIn(d, purpose, mode, inherited),
                Reporter = _people.ReporterOf(number, partner, d, _context.ParagraphReporter),
                Evidence = $"the words that say what is counted name {d} as well",
                SameWords = true,
            };
        }
    }

    // True when candidate c is the end of "from A to B" ("von 34.000 auf 10.000" has no range word and stays open).
    private bool FromTo(int c)
    {
        if (c == 0)
        {
            return false;
        }

        Candidate from = _candidates[c - 1];
        bool start = (from.Start - 1 >= 0 && _tokens.Items[from.Start - 1].Is(LexKind.RangeFrom)) || (from.Start - 2 >= 0 && _tokens.Items[from.Start - 2].Is(LexKind.RangeFrom));
        return start && RegionHas(from.End + 1, _candidates[c].Start - 1, LexKind.RangeTo);
    }

    // "2,649 миллиона граждан РФ", "9.985 russische Staatsangehörige": people words attached to the number that name the
    // reporting country's citizens count them as the reporter's citizens travelling (the partner is their destination).
    private bool ReporterCitizens(int c, int s, int e)
    {
        for (int k = s; k < e; k++)
        {
            if (_tokens.Items[k].Entry?.Kind is LexKind.Person or LexKind.Purpose or LexKind.Entry && _people.AreReporterCitizens(k) && _lists.Attaches(k, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country named right before candidate c's bracket ("Финляндия (1,26 млн)"): the people or place it counts.</summary>
    private (Country? Country, int Token)? BracketPartner(int c, int e)
    {
        foreach ((int token, Country country, bool _) in _people.Partners)
        {
            if (_lists.BracketAfter(token, e) == c)
            {
                return (country, token);
            }
        }

        return null;
    }

    /// <summary>The word naming a dataset that is attached to candidate c and names the fewest datasets (the most specific); -1 if none.</summary>
    private int MostSpecificName(int c, int s, int e)
    {
        int best = -1;
        for (int k = s; k < e; k++)
        {
            if (_tokens.Items[k].Is(LexKind.Dataset) && _lists.Attaches(k, c)
                && (best < 0 || _tokens.Items[k].Entry!.Datasets.Count < _tokens.Items[best].Entry!.Datasets.Count))
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>
    /// The frames the text allows a count besides its first one: a purpose or period of the sentence that attached to
    /// another number but stands about as near this one (the text leaves open whose it is), and, where the purpose was
    /// carried rather than stated, the total. A cue the text attaches to this number is never dropped: a count with a
    /// purpose of its own has no other purpose and no total among its readings, one with a period of its own no other period.
    /// </summary>
    private IReadOnlyList<ClaimFrame> OtherReadings(int c, ClaimFrame frame, bool purposeStated, bool periodStated)
    {
        if (_candidates[c].Kind != QuantityKind.Count || frame.Uncovered is not null || frame.Dataset is null)
        {
            return [];
        }

        // Only cues near the number, and a handful of readings: a list of hundreds of numbers must stay linear.
        const int Reach = 30, MaxReadings = 6;
        int number = _candidates[c].Number;
        List<ClaimFrame>? readings = null;
        foreach ((int token, int owner) in purposeStated || _catalogue.BreakdownOf(frame.Dataset.Value) != "purpose" ? [] : _lists.Purposes)
        {
            if (Math.Abs(token - number) > Reach || readings?.Count >= MaxReadings || owner == c || !_lists.Rivals(token, token, c, owner))
            {
                continue;
            }

            Breakdown other = Breakdown.Of(_tokens.Items[token].Entry!.Purpose);
            if (other != frame.Breakdown)
            {
                (readings ??= []).Add(frame with
                {
                    Breakdown = other,
                    Words = [],
                    Evidence = $"the purpose word \"{Text[_tokens.Items[token].Start.._tokens.Items[token].End]}\" stands about as near this number as the one it is read with",
                });
            }
        }

        if (!purposeStated && frame.Breakdown is { } b && b != Breakdown.Total)
        {
            (readings ??= []).Add(frame with { Breakdown = Breakdown.Total, Words = [], Evidence = "no purpose word of the sentence attaches to this number; its purpose was carried" });
        }

        foreach (PeriodCue cue in periodStated ? [] : _cues)
        {
            if (Math.Abs(cue.Token - number) > Reach || readings?.Count >= MaxReadings || cue.Owner == c || cue.Compare || cue.Season || cue.Since
                || !_lists.Rivals(cue.From, cue.Token, c, cue.Owner))
            {
                continue;
            }

            if (_periods.Resolve(cue, null) is { } p && p != frame.Period)
            {
                (readings ??= []).Add(frame with
                {
                    Period = p,
                    PeriodSource = "stated elsewhere in the sentence",
                    Words = [],
                    Evidence = $"the period \"{Text[_tokens.Items[cue.From].Start.._tokens.Items[cue.Token].End]}\" stands about as near this number as the one it is read with",
                });
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
            bases[k] = frame with
            {
                ComparedWith = PeriodResolver.Years(assumed, -(k + 1)),
                PeriodSource = frame.PeriodSource + "; compared with an earlier year (the text names none)",
                Clear = false,
                Evidence = "the text names no base for the change; an earlier year is one it allows",
            };
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
}
