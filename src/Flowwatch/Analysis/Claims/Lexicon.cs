using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// One language's words and number grammar, read from its data file (<c>Languages/&lt;code&gt;/lexicon.tsv</c>, built
/// into the library). A form ending in '*' is a stem (Russian and German inflect: "въехали", "въехало";
/// Korean glues particles: "북한인은"). Country names and demonyms come from <see cref="CountryNames.Default"/>.
/// Adding a language is adding its folder: the lexicon, and a corpus of numbers it must read (docs/claims.md).
/// </summary>
internal sealed class Lexicon
{
    private const string ResourcePrefix = "claims/languages/";
    private const string ResourceSuffix = "/lexicon.tsv";

    private static readonly Lazy<IReadOnlyList<string>> LazyAvailable = new(FindAvailable);
    private static readonly Dictionary<string, Lazy<Lexicon>> Loaded = new(StringComparer.Ordinal);
    private static readonly Lock LoadLock = new();

    private readonly WordTrie _trie = new();
    private readonly Dictionary<string, List<(string[] Tail, Country Country, LexKind Kind, bool People)>> _phrases = new(StringComparer.Ordinal);

    private Lexicon(string language, string text)
    {
        Language = language;
        Load(text, $"Languages/{language}/lexicon.tsv");
        AddDatasetNames(language);
        AddCountries(language);
    }

    /// <summary>The languages that have a lexicon, in order of their codes.</summary>
    public static IReadOnlyList<string> Available => LazyAvailable.Value;

    public string Language { get; }

    /// <summary>Hedges written before the number ("rund", "more than").</summary>
    public IReadOnlyList<(string[] Words, Qualifier Qualifier)> Qualifiers { get; private set; } = [];

    /// <summary>Hedges written after the number ("5배 이상", "1만 명 가까이").</summary>
    public IReadOnlyList<(string[] Words, Qualifier Qualifier)> PostQualifiers { get; private set; } = [];

    /// <summary>Words that read "up to" before a number but "reaching" after a change ("выросло ... до 1696").</summary>
    public IReadOnlyList<string> RangeEndWords { get; private set; } = [];

    /// <summary>The thousands separator of the language's numbers (a space stands for every space character).</summary>
    public char GroupSeparator { get; private set; } = ',';

    /// <summary>The decimal point of the language's numbers.</summary>
    public char DecimalPoint { get; private set; } = '.';

    /// <summary>Scale characters written glued to a number ("1만", "3천"); empty where scales are words.</summary>
    public string AttachedScales { get; private set; } = "";

    /// <summary>True where modifiers follow what they modify ("1700명에 비해": compared with 1,700) and a scale adds the number after it ("1만 3221").</summary>
    public bool HeadFinal { get; private set; }

    /// <summary>How country names change in text: inflected endings, an English plural s, or glued particles.</summary>
    public NameForms NameForms { get; private set; } = NameForms.PluralS;

    /// <summary>A word written before a multiple that belongs to it ("в" in "в 12 раз"); empty if none.</summary>
    public string MultiplePrefix { get; private set; } = "";

    /// <summary>Endings glued to a word that make it the base of a comparison ("지난해보다": than last year).</summary>
    public IReadOnlyList<string> CompareSuffixes { get; private set; } = [];

    /// <summary>Endings glued to a period that make it the base of a multiple right after it ("2023년의 12배": twelve times 2023's).</summary>
    public IReadOnlyList<string> BaseSuffixes { get; private set; } = [];

    /// <summary>Phrases that take a part of the people counted before ("of them", "davon", "из них", "이 가운데").</summary>
    public IReadOnlyList<string[]> Partitives { get; private set; } = [];

    /// <summary>Phrases right before a period that make it what something is compared with ("twelve times that of 2023").</summary>
    public IReadOnlyList<string[]> ComparePhrases { get; private set; } = [];

    /// <summary>Articles that may open a country's name and are not part of it ("The Gambia" is named by "Gambia").</summary>
    public IReadOnlyList<string> Articles { get; private set; } = [];

    /// <summary>Words that join clauses or list items.</summary>
    public IReadOnlyList<string> Conjunctions { get; private set; } = [];

    /// <summary>
    /// Prepositions of time ("in", "since", "seit", "с"): a plain four-digit number right after one is a year even when
    /// the people counted follow it ("In 2024 North Koreans entered ..." names no count of 2,024).
    /// </summary>
    public IReadOnlyList<string> YearPrepositions { get; private set; } = [];

    /// <summary>The lexicon of a language.</summary>
    /// <exception cref="ArgumentException">No lexicon is built in for the language.</exception>
    public static Lexicon For(string language)
    {
        Lazy<Lexicon>? lazy;
        lock (LoadLock)
        {
            if (!Loaded.TryGetValue(language, out lazy))
            {
                if (!Available.Contains(language))
                {
                    throw new ArgumentException($"No lexicon for '{language}' (languages: {string.Join(", ", Available)}).", nameof(language));
                }

                lazy = new Lazy<Lexicon>(() => new Lexicon(language, ReadResource(language)));
                Loaded[language] = lazy;
            }
        }

        return lazy.Value;
    }

    /// <summary>Reads a lexicon from its text (for tests of a lexicon file).</summary>
    public static Lexicon Parse(string language, string text) => new(language, text);

    public LexEntry? Find(ReadOnlySpan<char> word) => _trie.Find(word);

    /// <summary>Multi-word country forms ("North Koreans", "Северная Корея") starting with this word.</summary>
    public IReadOnlyList<(string[] Tail, Country Country, LexKind Kind, bool People)>? PhrasesStartingWith(string head) =>
        _phrases.TryGetValue(head, out var list) ? list : null;

    /// <summary>True for a word that joins clauses or list items ("and", "und", "и", "а"): a boundary for attachment.</summary>
    public bool IsConjunction(ReadOnlySpan<char> word) => IsOneOf(word, Conjunctions);

    /// <summary>True for a preposition of time (<see cref="YearPrepositions"/>).</summary>
    public bool IsYearPreposition(ReadOnlySpan<char> word) => IsOneOf(word, YearPrepositions);

    private static bool IsOneOf(ReadOnlySpan<char> word, IReadOnlyList<string> words)
    {
        foreach (string c in words)
        {
            if (word.Length == c.Length && word.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<string> FindAvailable() =>
        typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReadResource(string language)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourcePrefix + language + ResourceSuffix)
            ?? throw new InvalidOperationException($"The lexicon of '{language}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads the file: settings lines ("group", "decimal", "hedge_before" ...) and word lines (a <see cref="LexKind"/>,
    /// a value, the forms separated by spaces). Every problem is gathered; a bad file is a build error, so it throws.
    /// </summary>
    private void Load(string text, string name)
    {
        var problems = new List<string>();
        var before = new List<(string[] Words, Qualifier Qualifier)>();
        var after = new List<(string[] Words, Qualifier Qualifier)>();
        var rangeEnd = new List<string>();
        var conjunctions = new List<string>();
        var yearPrepositions = new List<string>();
        var suffixes = new List<string>();
        var baseSuffixes = new List<string>();
        var articles = new List<string>();
        var comparePhrases = new List<string[]>();
        var partitives = new List<string[]>();
        string[] lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            string where = string.Create(CultureInfo.InvariantCulture, $"{name} line {n + 1}");
            string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
            switch (cells[0])
            {
                case "group":
                    GroupSeparator = Cell(1) == "space" ? ' ' : Cell(1).Length == 1 ? Cell(1)[0] : Bad(problems, where, "a one-character group separator or \"space\"", ',');
                    break;
                case "decimal":
                    DecimalPoint = Cell(1).Length == 1 ? Cell(1)[0] : Bad(problems, where, "a one-character decimal point", '.');
                    break;
                case "attached_scales":
                    AttachedScales = Cell(1);
                    break;
                case "head_final":
                    HeadFinal = Cell(1) == "yes";
                    break;
                case "name_forms":
                    NameForms = Enum.TryParse(Cell(1).Replace("_", "", StringComparison.Ordinal), true, out NameForms forms) ? forms : Bad(problems, where, "inflected, plural_s or particles", NameForms.PluralS);
                    break;
                case "multiple_prefix":
                    MultiplePrefix = Cell(1);
                    break;
                case "hedge_before":
                case "hedge_after":
                    if (Enum.TryParse(Cell(1), out Qualifier q) && Cell(2).Length > 0)
                    {
                        (cells[0] == "hedge_before" ? before : after).Add((Fold(Cell(2)).Split(' '), q));
                    }
                    else
                    {
                        problems.Add($"{where}: expected a hedge (About, Almost, UpTo, MoreThan, AtLeast, LessThan) and its words");
                    }

                    break;
                case "range_end":
                    rangeEnd.Add(Fold(Cell(1)));
                    break;
                case "conjunction":
                    conjunctions.Add(Cell(1));
                    break;
                case "year_before":
                    yearPrepositions.Add(Cell(1));
                    break;
                case "compare_suffix":
                    suffixes.Add(Cell(1));
                    break;
                case "base_suffix":
                    baseSuffixes.Add(Cell(1));
                    break;
                case "partitive":
                    partitives.Add(Fold(Cell(1)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "compare_before":
                    comparePhrases.Add(Fold(Cell(1)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "article":
                    articles.Add(Fold(Cell(1)));
                    break;
                default:
                    AddWords(cells, where, problems);
                    break;
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join("; ", problems));
        }

        Qualifiers = before;
        PostQualifiers = after;
        RangeEndWords = rangeEnd;
        Conjunctions = conjunctions;
        YearPrepositions = yearPrepositions;
        CompareSuffixes = suffixes;
        BaseSuffixes = baseSuffixes;
        Articles = articles;
        ComparePhrases = comparePhrases;
        Partitives = partitives;
    }

    private void AddWords(string[] cells, string where, List<string> problems)
    {
        if (cells.Length < 3 || !Enum.TryParse(cells[0], out LexKind kind) || kind == LexKind.None)
        {
            problems.Add($"{where}: expected a setting or a word kind (Entry, Purpose, Month ...), a value and the forms");
            return;
        }

        string value = cells[1].Trim();
        int number = 0;
        string? topic = null;
        if (kind is LexKind.Uncovered or LexKind.Mode)
        {
            // The value of a topic the figures do not cover is its name ("soldiers"); of a mode of transport, its breakdown code ("air").
            topic = value;
        }
        else if (kind is LexKind.Purpose or LexKind.Visa && value != "0")
        {
            if (!PurposeCodes.TryParse(value, out Purpose purpose))
            {
                problems.Add($"{where}: \"{value}\" is not a purpose code (study, work, business ...)");
                return;
            }

            number = (int)purpose;
        }
        else if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            problems.Add($"{where}: the value \"{value}\" is not a whole number");
            return;
        }

        foreach (string form in cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _trie.Add(form, new LexEntry(kind, number, default, topic ?? form.TrimEnd('*')));
        }
    }

    private static T Bad<T>(List<string> problems, string where, string expected, T fallback)
    {
        problems.Add($"{where}: expected {expected}");
        return fallback;
    }

    private void AddDatasetNames(string language)
    {
        AddDatasetWords(ClaimCatalogue.Default.NamesIn(language), LexKind.Dataset);
        AddDatasetWords(ClaimCatalogue.Default.PublishersIn(language), LexKind.Publisher);
    }

    private void AddDatasetWords(IEnumerable<(DatasetId Dataset, string Form)> words, LexKind kind)
    {
        // A word may name several datasets ("permits"): one entry holds them all, in the words file's order.
        var byForm = new Dictionary<string, List<DatasetId>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach ((DatasetId dataset, string form) in words)
        {
            if (!byForm.TryGetValue(form, out List<DatasetId>? datasets))
            {
                datasets = [];
                byForm[form] = datasets;
                order.Add(form);
            }

            if (!datasets.Contains(dataset))
            {
                datasets.Add(dataset);
            }
        }

        foreach (string form in order)
        {
            _trie.Add(form, new LexEntry(kind, 0, default, form.TrimEnd('*')) { Datasets = byForm[form] });
        }
    }

    private void AddCountries(string language)
    {
        // A country that reports a dataset of the catalogue (the FSB's Russia) is where the people counted went, not who they are.
        IReadOnlySet<Country> reporters = ClaimCatalogue.Default.FixedReporters;
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

            LexKind kind = reporters.Contains(form.Country) ? LexKind.Reporter : LexKind.Partner;
            string[] words = text.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && Articles.Contains(Fold(words[0])))
            {
                // "The Netherlands": an article would make "the" the head of a name and "2024 the ..." a count of people.
                words = words[1..];
            }

            var entry = new LexEntry(kind, form.Kind == CountryNameKind.Demonym ? 1 : 0, form.Country, form.Text);
            if (NameForms == NameForms.Particles)
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
                    string stem = NameForms == NameForms.PluralS ? w : w[..^1];
                    _trie.Add(stem + "*", entry);
                }
            }
            else
            {
                // The head is stored as a stem in inflecting languages ("Северная", "Северной" Корея).
                string head = Fold(words[0]);
                if (NameForms == NameForms.Inflected && head.Length >= 6)
                {
                    head = head[..^2];
                }

                if (!_phrases.TryGetValue(head, out var list))
                {
                    list = [];
                    _phrases[head] = list;
                    _trie.Add((NameForms == NameForms.Inflected && words[0].Length >= 6) || NameForms == NameForms.Particles ? head + "*" : head, new LexEntry(LexKind.PhraseHead, 0, default, head));
                }

                list.Add((words[1..].Select(Fold).ToArray(), form.Country, kind, form.Kind == CountryNameKind.Demonym));
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
}
