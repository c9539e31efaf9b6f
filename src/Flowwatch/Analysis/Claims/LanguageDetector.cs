using System.Collections.Frozen;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Tells German, English, Russian and Korean text apart by script and function words: Cyrillic or Hangul
/// letters decide at once; between German and English, the commoner function words of each are counted.
/// Microseconds per article and no model to load (the packages that do this weigh 143 MB; see
/// docs/claims.md).
/// </summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string> German = FrozenSet.ToFrozenSet(
        ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "im", "zu", "den", "dem", "des", "ein", "eine", "einer", "sich", "auf", "für",
         "nach", "wurde", "wurden", "sind", "auch", "dass", "als", "bei", "aus", "zum", "zur", "oder", "wie", "hat", "haben", "werden", "noch", "nur", "vom", "über"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
        ["the", "and", "of", "to", "in", "is", "was", "were", "that", "for", "with", "from", "by", "on", "as", "at", "this", "it", "have", "has",
         "are", "be", "been", "which", "their", "its", "an", "or", "than", "said", "who", "they", "more", "into"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of a text: "ru", "ko", "de" or "en" (English when nothing decides).</summary>
    /// <param name="text">The text; only its first 20,000 characters are read.</param>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int length = Math.Min(text.Length, 20_000);
        int cyrillic = 0, hangul = 0, latin = 0, de = 0, en = 0, umlauts = 0;
        var german = German.GetAlternateLookup<ReadOnlySpan<char>>();
        var english = English.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < length)
        {
            char c = text[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < length && char.IsLetter(text[i]))
            {
                char w = text[i];
                if (w is >= '\u0400' and <= '\u04FF')
                {
                    cyrillic++;
                }
                else if (w is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
                {
                    hangul++;
                }
                else if (w < '\u0250')
                {
                    latin++;
                    if (w is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü')
                    {
                        umlauts++;
                    }
                }

                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.Length <= 6)
            {
                if (german.Contains(word))
                {
                    de++;
                }

                if (english.Contains(word))
                {
                    en++;
                }
            }
        }

        int letters = cyrillic + hangul + latin;
        if (letters == 0)
        {
            return "en";
        }

        if (cyrillic * 3 >= letters)
        {
            return "ru";
        }

        if (hangul * 3 >= letters)
        {
            return "ko";
        }

        // Umlauts are rare in English and common in German: each counts as half a function word.
        return (de * 2) + umlauts > en * 2 ? "de" : "en";
    }
}
