using System.Globalization;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// The words that play a role in names (legal forms in many languages, titles, particles, patronymic markers,
/// number words, the most frequent family names), read once from the embedded <c>sanctions/name-words.tsv</c>
/// (<c>Analysis/Sanctions/Data/name-words.tsv</c>, documented in its header).
/// </summary>
internal sealed class NameVocabulary
{
    private static readonly Lazy<NameVocabulary> Lazy = new(Load);

    private NameVocabulary()
    {
    }

    /// <summary>The vocabulary that ships with Flowwatch.</summary>
    public static NameVocabulary Default => Lazy.Value;

    /// <summary>Legal-form phrases (folded words joined by spaces) and their canonical code (llc, jsc, ag ...).</summary>
    public Dictionary<string, string> LegalForms { get; } = new(StringComparer.Ordinal);

    /// <summary>The first words of the legal-form phrases.</summary>
    public HashSet<string> LegalFirstWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The longest legal-form phrase, in words.</summary>
    public int LongestLegalForm { get; private set; }

    /// <summary>Business words that say little about which company is meant (general, trading, group).</summary>
    public HashSet<string> Generic { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles and honorifics before a person's name (mr, dr, sheikh, haji, general).</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>Particles and function words (al, de, van, of, the).</summary>
    public HashSet<string> Particles { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after which the father's name follows (bin, ibn, ben, ould).</summary>
    public HashSet<string> PatronymMarkers { get; } = new(StringComparer.Ordinal);

    /// <summary>Number words (English cardinals and ordinals) and their values.</summary>
    public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Abbreviations and the words they stand for (intl: international).</summary>
    public Dictionary<string, string> Abbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys (<see cref="Romanization.Key"/>) of the most frequent family names.</summary>
    public HashSet<string> CommonKeys { get; } = new(StringComparer.Ordinal);

    private static NameVocabulary Load()
    {
        const string resource = "sanctions/name-words.tsv";
        using Stream stream = typeof(NameVocabulary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var v = new NameVocabulary();
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            string[] cells = text.Split('\t');
            if (cells.Length < 2 || cells[1].Length == 0)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{resource}, line {line}: expected kind<TAB>words<TAB>canonical."));
            }

            string words = cells[1];
            string canonical = cells.Length > 2 ? cells[2] : "";
            switch (cells[0])
            {
                case "legal":
                    v.LegalForms[words] = canonical;
                    v.LongestLegalForm = Math.Max(v.LongestLegalForm, words.Count(c => c == ' ') + 1);
                    break;
                case "generic":
                    v.Generic.Add(words.Replace(" ", "", StringComparison.Ordinal));
                    break;
                case "title":
                    v.Titles.Add(words);
                    break;
                case "particle":
                    v.Particles.Add(words);
                    break;
                case "patronym":
                    v.PatronymMarkers.Add(words);
                    break;
                case "number":
                    v.Numbers[words] = int.Parse(canonical, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "abbrev":
                    v.Abbreviations[words] = canonical;
                    break;
                case "common":
                    v.CommonKeys.Add(Romanization.Key(words, wordInitial: true));
                    break;
                default:
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{resource}, line {line}: unknown kind '{cells[0]}'."));
            }
        }

        foreach ((string phrase, string code) in v.LegalForms)
        {
            string[] words = phrase.Split(' ');
            v.LegalFirstWords.Add(words[0]);
            if (words.Any(w => w.Length >= 5) && words[0].Length >= 3)
            {
                // Indexed by the first two letters and by the two after them, so that a first letter dropped (Imited) is found too.
                foreach (string head in new[] { words[0][..2], words[0][1..3] }.Distinct(StringComparer.Ordinal))
                {
                    if (!v._near.TryGetValue(head, out List<(string[], string)>? list))
                    {
                        v._near[head] = list = [];
                    }

                    list.Add((words, code));
                }
            }
        }

        return v;
    }

    private readonly Dictionary<string, List<(string[] Words, string Code)>> _near = new(StringComparer.Ordinal);

    /// <summary>
    /// A legal form written with a typing error in a word of five letters or more (Aktiengeselschaft, Joynt Stock
    /// Company, Imited) or, at the end of a name, cut short (Joint Stock Compan).
    /// </summary>
    public bool TryLegalFormNear(string phrase, bool atEnd, out string code)
    {
        code = "";
        string[] words = phrase.Split(' ');
        if (words[0].Length < 2)
        {
            return false;
        }

        if (!_near.TryGetValue(words[0][..2], out List<(string[] Words, string Code)>? candidates))
        {
            return false;
        }

        foreach ((string[] legal, string c) in candidates)
        {
            if (legal.Length == words.Length && Near(words, legal, atEnd))
            {
                code = c;
                return true;
            }
        }

        return false;
    }

    private static bool Near(string[] words, string[] legal, bool atEnd)
    {
        bool anyDifferent = false;
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k] == legal[k])
            {
                continue;
            }

            anyDifferent = true;
            bool cut = atEnd && k == words.Length - 1 && words[k].Length >= 4 && legal[k].StartsWith(words[k], StringComparison.Ordinal);
            if (!cut && (legal[k].Length < 5 || Math.Abs(words[k].Length - legal[k].Length) > 1 || TokenSimilarity.Edits(words[k], legal[k], 1) > 1))
            {
                return false;
            }
        }

        return anyDifferent;
    }
}
