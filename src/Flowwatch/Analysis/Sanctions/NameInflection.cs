namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// The base forms a word of a name may have when running text inflects it: a Russian case ending
/// (Ким Ён Чхолю, Сергея Лаврова, Ивановой), a Korean particle written onto the name (김영철에게, KOMID가)
/// and a German or English genitive s (Pak To Chuns, Kim Yong Chol's). The lists write names in the
/// nominative; an article writes them in whatever case its sentence needs, so the finder screens the
/// word as written first and these readings only when it does not alert.
/// </summary>
/// <remarks>
/// The readings are guesses from the ending alone (no dictionary): a stem and the nominatives that take
/// that ending. They are never the only reading tried, and a reading alerts only through the screener's
/// own rules, so a wrong guess costs a screening, not a mark.
/// </remarks>
internal static class NameInflection
{
    // Russian noun and surname endings of the oblique cases, with the nominative endings that decline to them.
    // Masculine hard (Лавров: -а, -у, -ом, -е, -ым), soft (Чхоль, Сергей: -я, -ю, -ем/-ём, -е), feminine (Иванова: -ой,
    // -у; Анна: -ы, -е; Мария: -и, -ю), adjectival (Достоевский: -ого, -ому, -им). Longest endings first.
    private static readonly (string Ending, string[] Nominatives)[] RussianEndings =
    [
        ("ого", ["ий", "ый", "ой"]), ("его", ["ий"]), ("ому", ["ий", "ый", "ой"]), ("ему", ["ий"]),
        ("ым", ["", "ый"]), ("им", ["", "ий"]), ("ом", [""]), ("ем", ["ь", "й", ""]), ("ём", ["ь", "й"]),
        ("ой", ["а", "ой", "ый"]), ("ей", ["я", "ь"]),
        ("а", [""]), ("я", ["ь", "й"]), ("у", ["", "а"]), ("ю", ["ь", "й", "я"]), ("е", ["", "ь", "й", "а", "я"]),
        ("ы", ["а"]), ("и", ["а", "я", "ь"]),
    ];

    // Korean particles (josa) and the copula as they attach to a noun, longest first: 에게서 before 에게 before 에.
    private static readonly string[] KoreanParticles =
    [
        "으로부터", "에게서는", "에게서", "로부터", "이라는", "에게는", "에서는", "으로는", "에게", "한테", "께서", "에서",
        "으로", "라는", "이나", "이며", "이다", "이고", "과의", "와의", "까지", "부터", "처럼", "보다", "의", "은", "는",
        "이", "가", "을", "를", "와", "과", "도", "로", "에", "만", "께",
    ];

    private const int MinStemLetters = 2;

    /// <summary>
    /// The readings of <paramref name="word"/> other than itself, at most a few. A case ending is read on every
    /// Cyrillic word (Russian declines each word of a name); a particle or a genitive s only when the word is the
    /// <paramref name="last"/> of its name, where Korean and German put them.
    /// </summary>
    public static IReadOnlyList<string> Readings(string word, bool last)
    {
        ArgumentNullException.ThrowIfNull(word);
        var readings = new List<string>();
        if (IsCyrillic(word))
        {
            string lower = word.ToLowerInvariant();
            foreach ((string ending, string[] nominatives) in RussianEndings)
            {
                if (lower.Length - ending.Length < MinStemLetters || !lower.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                string stem = word[..^ending.Length];
                foreach (string nominative in nominatives)
                {
                    Add(readings, word, stem + nominative);
                }
            }
        }
        else if (last && EndsInHangul(word))
        {
            foreach (string particle in KoreanParticles)
            {
                if (word.EndsWith(particle, StringComparison.Ordinal) && word.Length - particle.Length >= MinStemLetters)
                {
                    Add(readings, word, word[..^particle.Length]);
                }
            }
        }
        else if (last && word.Length > 1 + MinStemLetters)
        {
            foreach (string genitive in (string[])["'s", "’s", "s", "'", "’"])
            {
                if (word.EndsWith(genitive, StringComparison.Ordinal) && char.IsLetter(word[^(genitive.Length + 1)]))
                {
                    Add(readings, word, word[..^genitive.Length]);
                    break;
                }
            }
        }

        return readings;
    }

    private static void Add(List<string> readings, string word, string reading)
    {
        if (reading != word && !readings.Contains(reading, StringComparer.Ordinal))
        {
            readings.Add(reading);
        }
    }

    private static bool IsCyrillic(string word) => word.All(c => c is >= '\u0400' and <= '\u04FF' or '-');

    private static bool EndsInHangul(string word) => Romanization.HasHangul(word[^1..]);
}
