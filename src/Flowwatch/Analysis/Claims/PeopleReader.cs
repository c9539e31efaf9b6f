using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The who-is-counted stage: the countries a sentence names, each either the people counted (a demonym, "North Koreans",
/// "северокорейцев", "북한 국적자", or a country name) or where they were counted (a country that reports a dataset of
/// the catalogue: "in Russia"). Multi-word names ("Северная Корея", "North Korean citizens") are matched here, with the
/// language's way of changing names (endings, a plural s, glued particles).
/// </summary>
internal sealed class PeopleReader
{
    private readonly Lexicon _lexicon;
    private readonly TokenBuffer _tokens;
    private readonly string _text;
    private readonly ClaimCatalogue _catalogue;

    public PeopleReader(Lexicon lexicon, TokenBuffer tokens, string text, ClaimCatalogue catalogue)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _text = text;
        _catalogue = catalogue;
    }

    /// <summary>The countries named in the sentence last read: the token, the country, and whether it names people (a demonym).</summary>
    public List<(int Token, Country Country, bool People)> Partners { get; } = [];

    /// <summary>Countries that report some dataset, named in the sentence last read ("in Russia"): where, not who.</summary>
    public List<(int Token, Country Country)> Reporters { get; } = [];

    /// <summary>
    /// True when the sentence takes a part of the people counted before it ("Over 9,000 of them came to study", "이 가운데
    /// 253명이 ..."): its numbers count the previous claim's people, in its dataset and period.
    /// </summary>
    public bool RefersBack { get; private set; }

    /// <summary>The people counted in the sentence: the first named as people, else the first country named; null if none.</summary>
    public Country? SentencePartner
    {
        get
        {
            int named = Partners.FindIndex(p => p.People);
            return Partners.Count > 0 ? Partners[Math.Max(named, 0)].Country : null;
        }
    }

    /// <summary>Reads the countries of the sentence from token s to e (exclusive).</summary>
    public void Read(int s, int e)
    {
        Partners.Clear();
        Reporters.Clear();
        RefersBack = false;
        for (int i = s; i < e; i++)
        {
            RefersBack = RefersBack || StartsPartitive(i, e);
            ref readonly Token t = ref _tokens.Items[i];
            switch (t.Entry?.Kind)
            {
                case LexKind.Partner:
                    Partners.Add((i, t.Entry.Country, t.Entry.Value == 1));
                    break;
                case LexKind.Reporter:
                    Reporters.Add((i, t.Entry.Country));
                    break;
                case LexKind.PhraseHead:
                    MatchPhrase(i, e);
                    break;
            }
        }
    }

    /// <summary>
    /// The people a number counts: a country named as people beats a place name ("Germany issued 40 permits to North
    /// Koreans"); among equals, the nearest. Null and -1 when the sentence names none.
    /// </summary>
    public (Country? Country, int Token) NearestPartner(int number)
    {
        Country? best = null;
        int bestToken = -1;
        int distance = int.MaxValue;
        bool bestPeople = false;
        foreach ((int token, Country country, bool people) in Partners)
        {
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

    /// <summary>
    /// The country whose figures count the number, when the sentence names one: the nearest named reporter of the dataset
    /// (the catalogue's "in Russia"), else, for a dataset any country may report (Eurostat's), the nearest place name of
    /// another country than the people counted ("Germany issued 40 permits to North Koreans"), else the paragraph's. Null
    /// when the text names none: the figures then decide, if only one country reports them.
    /// </summary>
    public Country? ReporterOf(int number, Country? partner, DatasetId dataset, Country? paragraphReporter)
    {
        Country? best = null;
        int distance = int.MaxValue;
        foreach ((int token, Country country) in Reporters)
        {
            if (_catalogue.MayReport(dataset, country) && Math.Abs(token - number) < distance)
            {
                (best, distance) = (country, Math.Abs(token - number));
            }
        }

        Country? place = null;
        foreach ((int token, Country country, bool people) in best is null ? Partners : [])
        {
            if (!people && country != partner && _catalogue.MayReport(dataset, country) && Math.Abs(token - number) < distance)
            {
                (place, distance) = (country, Math.Abs(token - number));
            }
        }

        return best ?? place ?? (partner is not null ? paragraphReporter : null);
    }

    /// <summary>
    /// True when the people word at token k names citizens of a reporting country ("российских туристов", "граждане России",
    /// "russische Staatsangehörige", "Russian citizens", "citizens of Russia"): the reporter's own citizens travelling.
    /// </summary>
    public bool AreReporterCitizens(int k)
    {
        bool person = _tokens.Items[k].Entry?.Kind == LexKind.Person;
        foreach ((int token, Country _) in Reporters)
        {
            // A demonym qualifies the word next to it ("российских туристов"); a country's name only follows a word for
            // people, as its genitive or after "of" ("граждане России", "citizens of Russia"). A name before the word or
            // after a purpose is where they went ("в Россию граждан КНДР", "на учебу в Россию"). Korean puts the name first ("러시아 국민").
            bool demonym = _tokens.Items[token].Entry is { Kind: LexKind.Reporter, Value: 1 };
            if ((demonym && (token == k - 1 || token == k + 1))
                || (person && !demonym && token == k - 1 && _lexicon.NameForms == NameForms.Particles)
                || (person && !demonym && (token == k + 1 || (token == k + 2 && _tokens.Items[k + 1].Kind == TokenKind.Word && _tokens.Items[k + 1].Length <= 3))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first demonym of a reporting country in the sentence ("russischen", "Russian", "российских"); -1 if none.</summary>
    public int ReporterPeopleToken()
    {
        foreach ((int token, Country _) in Reporters)
        {
            if (_tokens.Items[token].Entry is { Kind: LexKind.Reporter, Value: 1 })
            {
                return token;
            }
        }

        return -1;
    }

    private bool StartsPartitive(int i, int e)
    {
        foreach (string[] phrase in _lexicon.Partitives)
        {
            bool all = i + phrase.Length <= e;
            for (int w = 0; w < phrase.Length && all; w++)
            {
                all = IsWord(_tokens.Items[i + w], phrase[w]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    // A word as listed; where particles are glued to words (Korean "대다수는"), a word that starts with it.
    private bool IsWord(in Token t, string folded)
    {
        if (t.Kind != TokenKind.Word || t.Length < folded.Length || (t.Length > folded.Length && _lexicon.NameForms != NameForms.Particles))
        {
            return false;
        }

        for (int k = 0; k < folded.Length; k++)
        {
            if (WordTrie.Fold(_text[t.Start + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
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
            Partners.Add((i, country, people));
        }
        else if (best > 0 && kind == LexKind.Reporter)
        {
            Reporters.Add((i, country));
        }
    }

    private bool WordMatches(Token t, string form)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = _text.AsSpan(t.Start, t.Length);
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
}
