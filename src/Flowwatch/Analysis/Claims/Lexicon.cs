using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The words of German, English and Russian news text that frame a statistical claim. A form ending in
/// '*' is a stem (Russian and German inflect: "въехали", "въехало"; "Nordkoreas"). Country names and
/// demonyms come from <see cref="CountryNames.Default"/>; everything else is listed here, because it is
/// grammar rather than data.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> LazyDe = new(() => new Lexicon("de"));
    private static readonly Lazy<Lexicon> LazyEn = new(() => new Lexicon("en"));
    private static readonly Lazy<Lexicon> LazyRu = new(() => new Lexicon("ru"));
    private static readonly Lazy<Lexicon> LazyKo = new(() => new Lexicon("ko"));

    private readonly WordTrie _trie = new();
    private readonly Dictionary<string, List<(string[] Tail, Country Country, LexKind Kind)>> _phrases = new(StringComparer.Ordinal);

    private Lexicon(string language)
    {
        Language = language;
        switch (language)
        {
            case "de":
                AddGerman();
                break;
            case "ru":
                AddRussian();
                break;
            case "ko":
                AddKorean();
                break;
            default:
                AddEnglish();
                break;
        }

        AddCountries(language);
    }

    public string Language { get; }

    public IReadOnlyList<(string[] Words, Qualifier Qualifier)> Qualifiers { get; private set; } = [];

    /// <summary>Hedges written after the number ("5배 이상", "1만 명 가까이").</summary>
    public IReadOnlyList<(string[] Words, Qualifier Qualifier)> PostQualifiers { get; private set; } = [];

    /// <summary>Words that read "up to" before a number but "reaching" after a change ("выросло ... до 1696").</summary>
    public IReadOnlyList<string> RangeEndWords { get; private set; } = [];

    /// <summary>The thousands separator of the language's numbers (a space stands for every space character).</summary>
    public char GroupSeparator => Language switch { "de" => '.', "ru" => ' ', _ => ',' };

    /// <summary>The decimal point of the language's numbers.</summary>
    public char DecimalPoint => Language is "en" or "ko" ? '.' : ',';

    /// <summary>Scale characters written glued to a number ("1만", "3천"); empty where scales are words.</summary>
    public string AttachedScales => Language == "ko" ? "만천억" : "";

    /// <summary>True where modifiers follow what they modify ("1700명에 비해": compared with 1,700) and a scale adds the number after it ("1만 3221").</summary>
    public bool HeadFinal => Language == "ko";

    /// <summary>True for a word that joins clauses or list items ("and", "und", "и", "а"): a boundary for attachment.</summary>
    public bool IsConjunction(ReadOnlySpan<char> word)
    {
        foreach (string c in Conjunctions)
        {
            if (word.Length == c.Length && word.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that join clauses or list items.</summary>
    public IReadOnlyList<string> Conjunctions { get; private set; } = [];

    /// <summary>Endings glued to a word that make it the base of a comparison ("지난해보다": than last year).</summary>
    public IReadOnlyList<string> CompareSuffixes { get; private set; } = [];

    public static Lexicon For(string language) => language switch
    {
        "de" => LazyDe.Value,
        "ru" => LazyRu.Value,
        "ko" => LazyKo.Value,
        _ => LazyEn.Value,
    };

    public LexEntry? Find(ReadOnlySpan<char> word) => _trie.Find(word);

    /// <summary>Multi-word country forms ("North Koreans", "Северная Корея") starting with this word.</summary>
    public IReadOnlyList<(string[] Tail, Country Country, LexKind Kind)>? PhrasesStartingWith(string head) =>
        _phrases.TryGetValue(head, out var list) ? list : null;

    private void Add(LexKind kind, int value, params string[] forms)
    {
        foreach (string form in forms)
        {
            _trie.Add(form, new LexEntry(kind, value, default, form.TrimEnd('*')));
        }
    }

    private void Add(LexKind kind, params string[] forms) => Add(kind, 0, forms);

    private void Purpose(Purpose purpose, params string[] forms) => Add(LexKind.Purpose, (int)purpose, forms);

    private void Uncovered(string what, params string[] forms)
    {
        foreach (string form in forms)
        {
            _trie.Add(form, new LexEntry(LexKind.Uncovered, 0, default, what));
        }
    }

    private void Numbers(LexKind kind, (string Word, int Value)[] words)
    {
        foreach ((string word, int value) in words)
        {
            Add(kind, value, word);
        }
    }

    private void Months(params string[][] forms)
    {
        for (int m = 0; m < forms.Length; m++)
        {
            Add(LexKind.Month, m + 1, forms[m]);
        }
    }

    // "Q3", "H1" as written in every language; the value is the quarter or half.
    private void AddShortPeriods()
    {
        for (int q = 1; q <= 4; q++)
        {
            Add(LexKind.Quarter, q, "q" + q.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add(LexKind.Half, 1, "h1");
        Add(LexKind.Half, 2, "h2");
    }

    private static (string[] Words, Qualifier Qualifier) Q(string phrase, Qualifier q) => (phrase.Split(' '), q);

    private void AddCountries(string language)
    {
        Country russia = Country.Parse("RU");
        foreach (CountryForm form in CountryNames.Default.Forms)
        {
            if (form.Language != language)
            {
                continue;
            }

            string text = form.Text.Replace("’", "'", StringComparison.Ordinal);
            if (text.Contains('(', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            LexKind kind = form.Country == russia ? LexKind.Russia : LexKind.Partner;
            string[] words = text.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);
            var entry = new LexEntry(kind, form.Kind == CountryNameKind.Demonym ? 1 : 0, form.Country, form.Text);
            if (language == "ko")
            {
                // Particles are glued to the noun ("북한은", "러시아를"), and "북한 주민" is named by its first word: a stem.
                _trie.Add(words[0] + "*", entry);
            }
            else if (words.Length == 1)
            {
                string w = words[0];
                bool acronym = w.All(char.IsUpper);
                if (w.Length < 4 && !acronym)
                {
                    continue;
                }

                _trie.Add(w, entry);
                if (!acronym && w.Length >= 5)
                {
                    // Inflected forms: Nordkoreas, России/Россию, North Korea's is split at the apostrophe.
                    string stem = language == "en" ? w : w[..^1];
                    _trie.Add(stem + "*", entry);
                }
            }
            else
            {
                // The head is stored as a stem in inflecting languages ("Северная", "Северной" Корея).
                string head = Fold(words[0]);
                if (language is not ("en" or "ko") && head.Length >= 6)
                {
                    head = head[..^2];
                }

                if (!_phrases.TryGetValue(head, out var list))
                {
                    list = [];
                    _phrases[head] = list;
                    _trie.Add((language is not ("en" or "ko") && words[0].Length >= 6) || language == "ko" ? head + "*" : head, new LexEntry(LexKind.PhraseHead, 0, default, head));
                }

                list.Add((words[1..].Select(Fold).ToArray(), form.Country, kind));
            }
        }
    }

    public static string Fold(string word)
    {
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (int i = 0; i < w.Length; i++)
            {
                span[i] = WordTrie.Fold(w[i]);
            }
        });
    }

    private void AddGerman()
    {
        Add(LexKind.Russians, "Russen", "Russinnen", "Russe");
        Add(LexKind.Entry, "einreis*", "eingereist*", "Einreisende*", "reisten", "gereist", "Reisen", "Reise", "besuch*", "kamen", "gekommen", "Ankünft*", "Ankunft", "Grenzübertritt*", "Einreisezahl*", "einreisten");
        Add(LexKind.Visa, "Visa", "Visum", "Visen");
        Add(LexKind.Visa, (int)Model.Purpose.Study, "Studentenvisa*", "Studentenvisum", "Studienvisa*");
        Add(LexKind.Visa, (int)Model.Purpose.Work, "Arbeitsvisa*", "Arbeitsvisum");
        Add(LexKind.Visa, (int)Model.Purpose.Tourism, "Touristenvisa*", "Touristenvisum");
        Add(LexKind.Worker, "Arbeiter*", "Arbeitskräft*", "Arbeitskraft", "Gastarbeiter*", "Arbeitsmigrant*", "Bauarbeiter*");
        Uncovered("soldiers", "Soldat*", "Truppe*", "Kämpfer*", "Militärangehörig*", "Offizier*");
        Uncovered("munitions", "Rakete*", "Granate*", "Artilleriegeschoss*", "Geschoss*", "Panzer*");
        Uncovered("money", "Dollar*", "Euro", "Rubel*", "Won", "US-Dollar*");
        Uncovered("distances and weights", "Tonne*", "Kilometer*", "km");
        Purpose(Model.Purpose.Study, "Bildungszweck*", "Studium*", "Studien*", "studier*", "Student*", "Studierend*", "Ausbildung*", "Bildung", "Hochschul*", "Universität*");
        Purpose(Model.Purpose.Work, "Arbeitszweck*", "Arbeit", "arbeiten", "Erwerbstätigkeit*", "Beschäftigung*");
        Purpose(Model.Purpose.Business, "Geschäft*", "geschäftlich*", "Geschäftsreis*", "Dienstreis*");
        Purpose(Model.Purpose.Tourism, "Tourismus", "Tourist*", "touristisch*", "Urlaub*");
        Purpose(Model.Purpose.Private, "privat*", "Privatreis*", "Privatbesuch*", "Verwandtenbesuch*");
        Purpose(Model.Purpose.Transit, "Transit*", "Durchreise*");
        Purpose(Model.Purpose.Crew, "Besatzung*", "Fahrzeugpersonal*", "Zugpersonal*");
        (string, int)[] numbers = [("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("dreizehn", 13), ("vierzehn", 14), ("fünfzehn", 15), ("sechzehn", 16), ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19), ("zwanzig", 20), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60), ("siebzig", 70), ("achtzig", 80), ("neunzig", 90), ("hundert", 100)];
        Numbers(LexKind.NumberWord, numbers);
        Add(LexKind.NumberWord, 1, "ein", "eine", "eintausend");
        Add(LexKind.Multiple, 2, "verdoppel*", "verdoppl*", "Verdopplung*", "Verdoppelung*", "doppelt*");
        foreach ((string word, int n) in numbers)
        {
            Add(LexKind.Multiple, n, "ver" + word + "fach*", word + "fach*", word + "mal");
        }

        Add(LexKind.Times, "fach", "fache", "fachen", "mal");
        Add(LexKind.Scale, 1000, "Tausend", "Tsd");
        Add(LexKind.Scale, 1_000_000, "Mio", "Million", "Millionen");
        Add(LexKind.Scale, 1_000_000_000, "Mrd", "Milliarde", "Milliarden");
        Months(["Januar", "Jänner", "Jan"], ["Februar", "Feb"], ["März"], ["April", "Apr"], ["Mai"], ["Juni", "Jun"], ["Juli", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["Oktober", "Okt"], ["November", "Nov"], ["Dezember", "Dez"]);
        Add(LexKind.Quarter, "Quartal*", "Vierteljahr*");
        AddShortPeriods();
        Add(LexKind.Half, "Halbjahr*", "Jahreshälfte");
        Add(LexKind.YearWord, "Jahr", "Jahres", "Jahr*", "Gesamtjahr*", "Kalenderjahr*");
        Add(LexKind.Ordinal, 1, "erst*");
        Add(LexKind.Ordinal, 2, "zweit*");
        Add(LexKind.Ordinal, 3, "dritt*");
        Add(LexKind.Ordinal, 4, "viert*");
        Add(LexKind.RangeTo, "bis");
        Add(LexKind.RangeFrom, "von", "zwischen");
        Add(LexKind.PreviousYear, "Vorjahr*", "Vorjahreszeitraum*", "Vorjahresquartal*");
        Add(LexKind.Since, "seit", "seitdem");
        Add(LexKind.SamePeriod, "Zeitraum*", "Periode*");
        Add(LexKind.Respectively, "beziehungsweise", "jeweils");
        Add(LexKind.YearStart, "Jahresbeginn*", "Jahresanfang*");
        Add(LexKind.Last, 1, "vorhergehend*");
        Add(LexKind.Last, "vergangen*", "letzt*", "vorig*");
        Add(LexKind.This, "diesem", "dieses", "diesjährig*", "laufend*");
        Add(LexKind.Compare, "Vergleich*", "verglichen", "gegenüber", "wie");
        Add(LexKind.Earlier, "zuvor", "davor", "früher");
        Add(LexKind.MonthsUnit, "Monat*");
        Add(LexKind.TimeUnit, "Jahre", "Jahren", "jährig*", "Woche*", "Tag", "Tage", "Tagen", "Stunde*", "Minute*", "Jahrzehnt*");
        Add(LexKind.Age, "Alter", "Lebensjahr*");
        Add(LexKind.Reference, "Resolution*", "Nr", "Nummer", "Seite*", "Artikel", "Absatz", "Ziffer", "Paragraf*", "Paragraph*", "UNSCR", "Kapitel");
        Add(LexKind.Percent, "Prozent", "Prozentpunkt*");
        Add(LexKind.Change, "Anstieg*", "gestiegen", "stieg*", "Steigerung*", "Zunahme*", "zugenommen", "wuchs", "gewachsen", "erhöht*", "Zuwachs*", "Rückgang*", "gesunken", "sank*", "Plus", "Minus");
        Add(LexKind.Total, "insgesamt", "gesamt*", "alle", "allein");
        Add(LexKind.Season, "Herbst*", "Frühling*", "Frühjahr*", "Sommer*", "Winter*");
        Add(LexKind.Abbreviation, "ca", "bzw", "z", "b", "vgl", "dr", "st", "usw", "inkl", "ggf", "jh", "s", "u", "a", "d", "h", "Mrd", "Mio", "Tsd");
        Add(LexKind.Person, "Menschen", "Personen", "Person", "Leute", "Bürger*", "Staatsbürger*", "Staatsangehörig*", "Einwohner*");
        Qualifiers =
        [
            Q("bis zu", Qualifier.UpTo), Q("mehr als", Qualifier.MoreThan), Q("weit über", Qualifier.MoreThan), Q("über", Qualifier.MoreThan),
            Q("weniger als", Qualifier.LessThan), Q("unter", Qualifier.LessThan), Q("mindestens", Qualifier.AtLeast), Q("wenigstens", Qualifier.AtLeast),
            Q("rund", Qualifier.About), Q("etwa", Qualifier.About), Q("ungefähr", Qualifier.About), Q("ca", Qualifier.About), Q("circa", Qualifier.About),
            Q("zirka", Qualifier.About), Q("annähernd", Qualifier.About), Q("gut", Qualifier.About),
            Q("fast", Qualifier.Almost), Q("knapp", Qualifier.Almost), Q("beinahe", Qualifier.Almost), Q("nahezu", Qualifier.Almost),
        ];
        Conjunctions = ["und", "aber", "während", "sowie", "gegenüber"];
    }

    private void AddEnglish()
    {
        Add(LexKind.Russians, "Russians");
        Add(LexKind.Entry, "entered", "entering", "enter", "entries", "entry", "visited", "visiting", "visit", "visits", "visitors", "visitor", "trips", "trip",
            "travelled", "traveled", "travel", "arrivals", "arrival", "arrived", "came", "crossed", "crossings", "border-crossings");
        Add(LexKind.Visa, "visa", "visas");
        Add(LexKind.Worker, "worker", "workers", "labourers", "laborers", "labourer", "laborer", "workforce");
        Uncovered("soldiers", "soldier", "soldiers", "troops", "troop", "fighters", "servicemen", "officers", "personnel");
        Uncovered("munitions", "missiles", "missile", "shells", "rockets", "artillery");
        Uncovered("money", "dollars", "dollar", "usd", "euros", "rubles", "roubles", "won");
        Uncovered("distances and weights", "tons", "tonnes", "kilometres", "kilometers", "km", "miles");
        Purpose(Model.Purpose.Study, "study", "studies", "studying", "students", "student", "education", "educational", "academic", "university", "universities");
        Purpose(Model.Purpose.Work, "work", "employment");
        Purpose(Model.Purpose.Business, "business");
        Purpose(Model.Purpose.Tourism, "tourism", "tourist", "tourists", "touristic", "leisure");
        Purpose(Model.Purpose.Private, "private", "personal");
        Purpose(Model.Purpose.Transit, "transit");
        Purpose(Model.Purpose.Crew, "crew", "crews");
        (string, int)[] numbers = [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100)];
        Numbers(LexKind.NumberWord, numbers);
        Add(LexKind.NumberWord, 1, "one", "a");
        foreach ((string word, int n) in numbers)
        {
            Add(LexKind.Multiple, n, word + "fold");
        }

        Add(LexKind.Multiple, 2, "doubled", "doubling", "double", "twice", "twofold");
        Add(LexKind.Multiple, 3, "tripled", "tripling", "triple", "thrice");
        Add(LexKind.Multiple, 4, "quadrupled", "quadrupling");
        Add(LexKind.Multiple, 5, "quintupled");
        Add(LexKind.Times, "times", "fold");
        Add(LexKind.Scale, 1000, "thousand");
        Add(LexKind.Scale, 1_000_000, "million", "mln", "mn");
        Add(LexKind.Scale, 1_000_000_000, "billion", "bn");
        Months(["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"], ["July", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"]);
        Add(LexKind.Quarter, "quarter", "quarters");
        AddShortPeriods();
        Add(LexKind.Ordinal, 1, "1st");
        Add(LexKind.Ordinal, 2, "2nd");
        Add(LexKind.Ordinal, 3, "3rd");
        Add(LexKind.Ordinal, 4, "4th");
        Add(LexKind.Half, "half", "halves");
        Add(LexKind.YearWord, "year");
        Add(LexKind.Ordinal, 1, "first");
        Add(LexKind.Ordinal, 2, "second");
        Add(LexKind.Ordinal, 3, "third");
        Add(LexKind.Ordinal, 4, "fourth");
        Add(LexKind.RangeTo, "to", "through", "till", "until", "and");
        Add(LexKind.RangeFrom, "from", "between");
        Add(LexKind.Last, 1, "previous", "prior", "preceding");
        Add(LexKind.Last, "last", "past");
        Add(LexKind.Since, "since");
        Add(LexKind.SamePeriod, "period", "same", "corresponding");
        Add(LexKind.Respectively, "respectively");
        Add(LexKind.YearStart, "start", "beginning");
        Add(LexKind.This, "this", "current");
        Add(LexKind.Compare, "compared", "than", "versus", "vs", "against", "with", "as");
        Add(LexKind.Earlier, "earlier", "before", "ago");
        Add(LexKind.MonthsUnit, "months", "month");
        Add(LexKind.TimeUnit, "years", "weeks", "week", "days", "day", "hours", "hour", "minutes", "decades", "decade", "year-old", "old");
        Add(LexKind.Age, "aged", "age", "ages");
        Add(LexKind.Reference, "resolution", "resolutions", "page", "pages", "p", "pp", "no", "paragraph", "para", "unscr", "section", "article", "chapter");
        Add(LexKind.Percent, "percent", "pct", "per");
        Add(LexKind.Change, "increase", "increased", "rise", "rose", "risen", "grew", "grown", "growth", "jump", "jumped", "surge", "surged", "up", "climbed", "fell", "drop", "dropped", "decline", "declined", "soared");
        Add(LexKind.Total, "total", "overall", "altogether", "all", "combined");
        Add(LexKind.Season, "autumn", "spring", "summer", "winter");
        Add(LexKind.Abbreviation, "mr", "mrs", "ms", "dr", "st", "vs", "e", "g", "i", "u", "s", "approx", "est", "inc", "co", "jr", "mln", "bn", "mn", "no", "p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        Add(LexKind.Person, "people", "persons", "individuals", "citizens", "nationals", "residents", "men", "women");
        Qualifiers =
        [
            Q("up to", Qualifier.UpTo), Q("as many as", Qualifier.UpTo), Q("more than", Qualifier.MoreThan), Q("just over", Qualifier.MoreThan),
            Q("over", Qualifier.MoreThan), Q("above", Qualifier.MoreThan), Q("in excess of", Qualifier.MoreThan),
            Q("at least", Qualifier.AtLeast), Q("less than", Qualifier.LessThan), Q("fewer than", Qualifier.LessThan), Q("just under", Qualifier.Almost),
            Q("under", Qualifier.LessThan), Q("about", Qualifier.About), Q("around", Qualifier.About), Q("roughly", Qualifier.About),
            Q("approximately", Qualifier.About), Q("approx", Qualifier.About), Q("some", Qualifier.About), Q("an estimated", Qualifier.About),
            Q("nearly", Qualifier.Almost), Q("almost", Qualifier.Almost), Q("close to", Qualifier.Almost),
        ];
        Conjunctions = ["and", "but", "while", "whereas", "against", "versus", "vs"];
    }

    private void AddKorean()
    {
        // Korean is agglutinative: particles are glued to nouns and verbs ("입국한", "북한인은"), so most forms are stems.
        Add(LexKind.Russians, "러시아인*");
        Add(LexKind.Entry, "입국*", "방문*", "들어온*", "들어간*", "찾은*", "건너*", "유입*", "체류*");
        Add(LexKind.Visa, "비자*", "사증*");
        Add(LexKind.Worker, "노동자*", "근로자*", "노동력*", "인력*");
        Uncovered("soldiers", "병력*", "군인*", "병사*", "장병*", "파병*", "부대*");
        Uncovered("munitions", "미사일*", "포탄*", "탄약*", "로켓*");
        Uncovered("money", "달러*", "루블*", "유로*");
        Uncovered("distances and weights", "톤*", "킬로미터*", "km");
        Purpose(Model.Purpose.Study, "교육*", "유학*", "학생*", "학업*", "연수*");
        Purpose(Model.Purpose.Work, "취업*");
        Purpose(Model.Purpose.Business, "사업*", "비즈니스*", "상용*", "출장*");
        Purpose(Model.Purpose.Private, "개인*", "사적*", "친지*");
        Purpose(Model.Purpose.Tourism, "관광*", "여행*");
        Purpose(Model.Purpose.Transit, "경유*", "환승*");
        Purpose(Model.Purpose.Official, "업무*", "공무*", "공용*");
        Purpose(Model.Purpose.Crew, "운송*", "승무원*");
        Numbers(LexKind.NumberWord, [("두", 2)]);
        Add(LexKind.Multiple, 2, "곱절*", "두배*");
        Add(LexKind.Times, "배*");
        Add(LexKind.Scale, 100, "백");
        Add(LexKind.Scale, 1000, "천");
        Add(LexKind.Scale, 10_000, "만");
        Add(LexKind.Scale, 100_000_000, "억");
        // "7~9월": the month is the number before "월" (value 0).
        Add(LexKind.Month, 0, "월*");
        Add(LexKind.Quarter, "분기*");
        Add(LexKind.Half, 1, "상반기*");
        Add(LexKind.Half, 2, "하반기*");
        Add(LexKind.Half, "반기*");
        AddShortPeriods();
        Add(LexKind.YearWord, "년*", "해", "연도*", "연간*");
        Add(LexKind.RelativeYear, -1, "작년*", "지난해*");
        Add(LexKind.RelativeYear, 0, "올해*", "금년*");
        Add(LexKind.PreviousYear, "전년*");
        Add(LexKind.Last, "지난", "직전*", "이전*", "앞선*");
        Add(LexKind.This, "이번*", "현재*");
        Add(LexKind.Compare, "비해*", "대비*", "비교*", "견줘*");
        Add(LexKind.Since, "이후*", "이래*");
        Add(LexKind.SamePeriod, "동기*", "같은*");
        Add(LexKind.Respectively, "각각*");
        Add(LexKind.Earlier, "전보다*");
        Add(LexKind.MonthsUnit, "개월*");
        Add(LexKind.TimeUnit, "주간*", "일간*", "일", "일에*", "시간*", "세", "살*", "년간*");
        Add(LexKind.Reference, "결의*", "호", "조", "항", "페이지*", "번째*");
        Add(LexKind.Percent, "퍼센트*", "프로*");
        Add(LexKind.Change, "증가*", "늘어*", "늘었*", "늘린*", "급증*", "폭증*", "감소*", "줄어*", "줄었*", "상승*", "급감*");
        Add(LexKind.Total, "총*", "전체*", "모두*", "통틀어*");
        Add(LexKind.Season, "가을*", "봄*", "여름*", "겨울*");
        Add(LexKind.Person, "명*", "사람*", "주민*", "국적자*", "인원*", "이민자*", "시민*", "국민*");
        Qualifiers =
        [
            Q("약", Qualifier.About), Q("대략", Qualifier.About), Q("최대", Qualifier.UpTo), Q("거의", Qualifier.Almost), Q("최소", Qualifier.AtLeast),
        ];
        PostQualifiers =
        [
            Q("이상", Qualifier.AtLeast), Q("넘게", Qualifier.MoreThan), Q("넘는", Qualifier.MoreThan), Q("넘어", Qualifier.MoreThan), Q("초과", Qualifier.MoreThan),
            Q("가까이", Qualifier.Almost), Q("가까운", Qualifier.Almost), Q("미만", Qualifier.LessThan), Q("이하", Qualifier.UpTo),
            Q("가량", Qualifier.About), Q("정도", Qualifier.About), Q("쯤", Qualifier.About), Q("안팎", Qualifier.About), Q("남짓", Qualifier.MoreThan),
        ];
        CompareSuffixes = ["보다"];
        Conjunctions = ["그리고", "반면", "또"];
    }

    private void AddRussian()
    {
        Add(LexKind.Russians, "россиян*");
        Add(LexKind.Entry, "въех*", "въезд*", "въезжа*", "прибыл*", "приех*", "посетил*", "посещени*", "поездк*", "поездок", "визит*", "пересек*", "прибыти*", "приезд*");
        Add(LexKind.Visa, "виза", "визы", "визу", "виз", "визам", "визами", "визах");
        Add(LexKind.Worker, "рабоч*", "работник*", "трудов*", "гастарбайтер*", "трудящ*");
        Uncovered("soldiers", "военн*", "солдат*", "военнослужащ*", "бойц*", "боец", "офицер*", "войск*");
        Uncovered("munitions", "снаряд*", "ракет*", "танк*");
        Uncovered("money", "доллар*", "рубл*", "евро", "вон");
        Uncovered("distances and weights", "тонн*", "километр*", "км");
        Purpose(Model.Purpose.Study, "учеб*", "обучени*", "студент*", "студенческ*", "образовани*", "образовательн*", "учащ*");
        Purpose(Model.Purpose.Work, "работ*", "трудоустройств*");
        Purpose(Model.Purpose.Business, "делов*", "бизнес*", "коммерческ*");
        Purpose(Model.Purpose.Tourism, "туризм*", "турист*");
        Purpose(Model.Purpose.Private, "частн*");
        Purpose(Model.Purpose.Transit, "транзит*");
        Purpose(Model.Purpose.Official, "служебн*");
        Purpose(Model.Purpose.Crew, "обслуживающ*", "персонал*", "экипаж*");
        Numbers(LexKind.NumberWord, [("два", 2), ("две", 2), ("двух", 2), ("три", 3), ("трех", 3), ("четыре", 4), ("четырех", 4), ("пять", 5), ("пяти", 5), ("шесть", 6), ("шести", 6), ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8), ("девять", 9), ("девяти", 9), ("десять", 10), ("десяти", 10), ("одиннадцать", 11), ("одиннадцати", 11), ("двенадцать", 12), ("двенадцати", 12), ("тринадцать", 13), ("тринадцати", 13), ("четырнадцать", 14), ("четырнадцати", 14), ("пятнадцать", 15), ("пятнадцати", 15), ("шестнадцать", 16), ("шестнадцати", 16), ("семнадцать", 17), ("семнадцати", 17), ("восемнадцать", 18), ("восемнадцати", 18), ("девятнадцать", 19), ("девятнадцати", 19), ("двадцать", 20), ("двадцати", 20), ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80), ("девяносто", 90), ("сто", 100)]);
        Add(LexKind.NumberWord, 1, "одна", "один", "одну");
        Numbers(LexKind.Multiple, [("вдвое", 2), ("втрое", 3), ("вчетверо", 4), ("впятеро", 5), ("вшестеро", 6), ("всемеро", 7), ("ввосьмеро", 8), ("вдевятеро", 9), ("вдесятеро", 10)]);
        Add(LexKind.Multiple, 2, "удвоил*", "двукратн*", "удвоени*");
        Add(LexKind.Multiple, 3, "утроил*", "трехкратн*");
        Add(LexKind.Multiple, 4, "четырехкратн*");
        Add(LexKind.Multiple, 5, "пятикратн*");
        Add(LexKind.Multiple, 10, "десятикратн*");
        Add(LexKind.Multiple, 12, "двенадцатикратн*");
        Add(LexKind.Multiple, 15, "пятнадцатикратн*");
        Add(LexKind.Multiple, 20, "двадцатикратн*");
        Add(LexKind.Times, "раз", "раза");
        Add(LexKind.Scale, 1000, "тыс", "тысяч*");
        Add(LexKind.Scale, 1_000_000, "млн", "миллион*");
        Add(LexKind.Scale, 1_000_000_000, "млрд", "миллиард*");
        Months(["январ*"], ["феврал*"], ["март*"], ["апрел*"], ["май", "мая", "мае"], ["июн*"], ["июл*"], ["август*"], ["сентябр*"], ["октябр*"], ["ноябр*"], ["декабр*"]);
        Add(LexKind.Quarter, "квартал*");
        AddShortPeriods();
        Add(LexKind.Half, "полугоди*", "половин*");
        Add(LexKind.YearWord, "год", "года", "году", "годом", "г");
        Add(LexKind.Ordinal, 1, "перв*", "i");
        Add(LexKind.Ordinal, 2, "втор*", "ii");
        Add(LexKind.Ordinal, 3, "трет*", "iii");
        Add(LexKind.Ordinal, 4, "четверт*", "iv");
        Add(LexKind.RangeTo, "по", "до");
        Add(LexKind.RangeFrom, "с", "со", "между");
        Add(LexKind.Last, 1, "предыдущ*");
        Add(LexKind.Last, "прошл*", "минувш*");
        Add(LexKind.SamePeriod, "период*");
        Add(LexKind.Respectively, "соответственно");
        Add(LexKind.YearStart, "начал*");
        Add(LexKind.This, "этом", "этот", "текущ*", "нынешн*");
        Add(LexKind.Compare, "сравнени*", "чем", "против", "аналогичн*");
        Add(LexKind.Earlier, "ранее", "раньше", "назад", "прежде");
        Add(LexKind.MonthsUnit, "месяц*");
        Add(LexKind.TimeUnit, "лет", "недел*", "дней", "дня", "день", "час*", "минут*", "летн*", "десятилет*");
        Add(LexKind.Age, "возраст*");
        Add(LexKind.Reference, "резолюци*", "стр", "страниц*", "номер*", "пункт*", "стать*", "глав*");
        Add(LexKind.Percent, "процент*", "проц");
        Add(LexKind.Change, "рост*", "вырос*", "увеличил*", "увеличени*", "возрос*", "прирост*", "снизил*", "сократил*", "снижени*", "упал*");
        Add(LexKind.Total, "всего", "общ*", "итого", "целом");
        Add(LexKind.Season, "осен*", "весн*", "летом", "зим*");
        Add(LexKind.Abbreviation, "г", "гг", "тыс", "млн", "млрд", "т", "е", "д", "стр", "им", "ул", "см", "др", "пр", "ок", "п", "н");
        Add(LexKind.Person, "человек", "граждан*", "лиц", "жител*", "иностранц*");
        Qualifiers =
        [
            Q("не менее", Qualifier.AtLeast), Q("не меньше", Qualifier.AtLeast), Q("по меньшей мере", Qualifier.AtLeast), Q("как минимум", Qualifier.AtLeast),
            Q("не более", Qualifier.UpTo), Q("до", Qualifier.UpTo), Q("более", Qualifier.MoreThan), Q("свыше", Qualifier.MoreThan), Q("больше", Qualifier.MoreThan),
            Q("менее", Qualifier.LessThan), Q("меньше", Qualifier.LessThan), Q("около", Qualifier.About), Q("примерно", Qualifier.About),
            Q("приблизительно", Qualifier.About), Q("порядка", Qualifier.About), Q("почти", Qualifier.Almost), Q("без малого", Qualifier.Almost), Q("чуть менее", Qualifier.Almost),
        ];
        RangeEndWords = ["до"];
        Conjunctions = ["и", "а", "но", "то", "тогда", "однако", "против"];
    }
}
