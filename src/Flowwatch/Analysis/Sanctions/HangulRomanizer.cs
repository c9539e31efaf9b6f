using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Romanizes Hangul by the Revised Romanization of Korean (Ministry of Culture and Tourism, 2000):
/// each precomposed syllable (U+AC00-U+D7A3) splits arithmetically into initial, vowel and final jamo,
/// each written from the standard tables. Names are romanized syllable by syllable, without the
/// sound changes across syllables, as RR prescribes for personal names.
/// </summary>
public static class HangulRomanizer
{
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] Vowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Finals as pronounced at the end of a syllable (RR writes ㄱ as k, ㄷ/ㅅ/ㅈ/ㅊ/ㅌ/ㅎ as t, ㄹ as l ...).
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Two-syllable family names (남궁, 제갈, 선우, 황보, 독고, 사공, 서문): the rest are one syllable.
    private static readonly string[] CompoundFamilyNames = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문"];

    /// <summary>One syllable in RR, or null when <paramref name="c"/> is not a Hangul syllable.</summary>
    public static string? Syllable(char c)
    {
        if (c is < '\uAC00' or > '\uD7A3')
        {
            return null;
        }

        int index = c - 0xAC00;
        return Initials[index / (21 * 28)] + Vowels[index % (21 * 28) / 28] + Finals[index % 28];
    }

    /// <summary>
    /// Romanizes text: Hangul syllables by the tables, syllables of a word joined by hyphens, other
    /// characters kept. With <paramref name="asPersonName"/>, a word of two to five syllables is split
    /// into the family name and the given name (박도춘 → Bak Do-chun).
    /// </summary>
    public static string Romanize(string text, bool asPersonName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length * 3);
        int i = 0;
        while (i < text.Length)
        {
            if (Syllable(text[i]) is null)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && Syllable(text[i]) is not null)
            {
                i++;
            }

            string word = text[start..i];
            int family = asPersonName && word.Length is >= 2 and <= 5
                ? (word.Length >= 3 && CompoundFamilyNames.Any(f => word.StartsWith(f, StringComparison.Ordinal)) ? 2 : 1)
                : 0;
            for (int k = 0; k < word.Length; k++)
            {
                if (k > 0 && k >= family)
                {
                    sb.Append(k == family ? ' ' : '-');
                }

                sb.Append(Syllable(word[k]));
            }
        }

        return sb.ToString();
    }
}
