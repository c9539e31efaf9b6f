using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Folds the romanizations of Korean names onto one key per name part, so that McCune-Reischauer
/// (Ri Che-son, Ch'oe, Pak), Revised Romanization (Lee, Jeon, Bak) and the spellings the press uses
/// (Park, Choi, Rhee, Yoon, Young) compare equal.
/// </summary>
/// <remarks>
/// The rules are the differences between the two standard systems and the common English-style
/// spellings, applied to sounds, never to particular names:
/// <list type="bullet">
/// <item>apostrophes and breves go (MR's aspiration mark and ŏ/ŭ: Ch'ŏl = Chol);</item>
/// <item>the plain/voiced/aspirated/tense consonants of one place fall together: g/k/kh/kk, d/t/th/tt,
/// b/p/ph/pp/f, j/ch/tch/jj, s/sh/ss; r/l are one liquid;</item>
/// <item>vowels: eo = o (ŏ), eu = u (ŭ), oo = u, ou = o, ee = i, ae/ai = e, oe/oi/we/wae = oe, yeo = yo;</item>
/// <item>at the start of a name part: initial r or l before i or y is dropped (Ri = Lee = Yi = I,
/// Ryonbong = Yonbong, as South Korean usage drops it), and y before i (Yi = I);</item>
/// <item>at the end of a part: a silent h (Koh, Oh) and the r of "ar" before k (Park) go.</item>
/// </list>
/// A key is plain ASCII; what it merges is listed in docs/sanctions.md.
/// </remarks>
public static class Romanization
{
    /// <summary>Lower-case ASCII letters and digits of <paramref name="text"/>: diacritics, apostrophes and other marks removed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(lower);
            }
            else if (lower == 'ø')
            {
                sb.Append('o');
            }
            else if (lower == 'ß')
            {
                sb.Append("ss");
            }
        }

        return sb.ToString();
    }

    /// <summary>The key of one name part (a word or a hyphen-separated syllable group), already folded.</summary>
    /// <param name="folded">Lower-case ASCII letters (see <see cref="Fold"/>).</param>
    /// <param name="wordInitial">Whether the part starts a word: the initial-liquid rule applies there only.</param>
    public static string Key(string folded, bool wordInitial)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var sb = new StringBuilder(folded.Length + 2);
        string s = folded;
        int i = 0;

        // Slavic names in the passport spelling write ю, я, е at the start as iu, ia, ie (Iurii = Yuri);
        // Pinyin x and Wade-Giles hs at the start are one sound (Xi = Hsi).
        if (wordInitial && s.Length > 2 && s[0] == 'i' && s[1] is 'u' or 'a' or 'e')
        {
            sb.Append('y');
            i = 1;
        }
        else if (wordInitial && s.Length > 1 && ((s[0] == 'x' && IsVowel(s[1])) || (s.Length > 2 && s[0] == 'h' && s[1] == 's' && IsVowel(s[2]))))
        {
            sb.Append('s');
            i = s[0] == 'x' ? 1 : 2;
        }

        while (i < s.Length)
        {
            int rest = s.Length - i;
            char c = s[i];
            if (c == 'c' && (rest == 1 || s[i + 1] != 'h'))
            {
                // A lone c (Latin spellings, never Korean romanization): k, or s before e, i, y; "ck" is one k.
                bool soft = rest > 1 && s[i + 1] is 'e' or 'i' or 'y';
                sb.Append(soft ? 's' : 'k');
                i += rest > 1 && s[i + 1] == 'k' ? 2 : 1;
                continue;
            }

            if (c == 'x')
            {
                sb.Append("ks");
                i++;
                continue;
            }

            if (c == 'j' && (rest == 1 || !IsVowel(s[i + 1])))
            {
                // A j that starts no syllable is the y sound (Sergej, Andrej, Jurij); Korean j always starts one.
                sb.Append('i');
                i++;
                continue;
            }
            if (rest >= 3 && string.CompareOrdinal(s, i, "tch", 0, 3) == 0) { sb.Append('c'); i += 3; continue; }
            if (rest >= 3 && string.CompareOrdinal(s, i, "wae", 0, 3) == 0) { sb.Append("oe"); i += 3; continue; }
            if (rest >= 3 && string.CompareOrdinal(s, i, "yeo", 0, 3) == 0) { sb.Append("yo"); i += 3; continue; }
            if (rest >= 3 && string.CompareOrdinal(s, i, "weo", 0, 3) == 0) { sb.Append("wo"); i += 3; continue; }
            if (rest >= 2 && s[i + 1] == 'h' && c is 'k' or 'g' or 't' or 'd' or 'p' && i > 0)
            {
                // Inside a word, k/t/p before h is a syllable boundary (Sok-ha, Jong-hyok written joined), not an aspirate.
                sb.Append(c switch { 'g' or 'k' => 'k', 'd' or 't' => 't', _ => 'p' });
                i++;
                continue;
            }

            if (rest >= 2)
            {
                string? two = Pair(c, s[i + 1]);
                if (two is not null)
                {
                    sb.Append(two);
                    i += 2;
                    continue;
                }
            }

            sb.Append(c switch
            {
                'g' or 'q' => 'k',
                'd' => 't',
                'b' or 'f' => 'p',
                'j' => 'c',
                'l' => 'r',
                'v' => 'p',
                'z' => 's',
                _ => c,
            });
            i++;
        }

        string key = Collapse(sb.ToString());
        if (key.Length > 2 && key[^1] == 'h' && IsVowel(key[^2]))
        {
            key = key[..^1];
        }

        if (key.Length > 3 && key.EndsWith("ark", StringComparison.Ordinal))
        {
            key = key[..^3] + "ak";
        }

        if (wordInitial && key.Length >= 2 && key[0] is 'r' or 'y' && key[1] is 'i' or 'y' && !(key[0] == 'y' && key[1] == 'y'))
        {
            key = key[1..];
        }

        // A final -y, -iy, -ij, -ii after a consonant is one i (Zelensky = Zelenskyy = Zelenskiy, Arkady = Arkadiy).
        if (key.Length > 3)
        {
            int cut = key.EndsWith("iy", StringComparison.Ordinal) || key.EndsWith("ij", StringComparison.Ordinal) || key.EndsWith("ii", StringComparison.Ordinal) || key.EndsWith("yy", StringComparison.Ordinal) ? 2
                : key[^1] == 'y' && !IsVowel(key[^2]) ? 1 : 0;
            if (cut > 0)
            {
                key = key[..^cut] + "i";
            }
        }

        return key;
    }

    /// <summary>
    /// A looser key: o and u fall together, because English-style spellings write ŏ as u (Chul for
    /// Ch'ŏl, Sung for Sŏng, Kyung for Kyŏng). It cannot tell 성 from 숭, so a match on it scores lower.
    /// </summary>
    public static string LooseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace('u', 'o');
    }

    /// <summary>
    /// The key with the final nasals n and ng merged: Kontsevich's Cyrillic writes both ㄴ and ㅇ as н
    /// (정 = Чон, 전 = Чон), so a Cyrillic query can only be compared at this resolution.
    /// </summary>
    public static string NasalKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace("nk", "n", StringComparison.Ordinal);
    }

    /// <summary>Doubled consonants as one: tense consonants (kk, tt, pp) and keys joined across syllables (Il-lo = Illo).</summary>
    public static string Collapse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 2)
        {
            return key;
        }

        var sb = new StringBuilder(key.Length);
        sb.Append(key[0]);
        for (int k = 1; k < key.Length; k++)
        {
            if (key[k] != key[k - 1] || IsVowel(key[k]))
            {
                sb.Append(key[k]);
            }
        }

        return sb.ToString();
    }

    private static string? Pair(char a, char b) => (a, b) switch
    {
        ('c', 'h') => "c",
        ('s', 'h') => "s",
        ('k', 'h') or ('g', 'h') => "k",
        ('t', 'h') or ('d', 'h') => "t",
        ('p', 'h') => "p",
        ('r', 'h') or ('l', 'h') => "r",
        ('e', 'o') => "o",
        ('e', 'u') => "u",
        ('o', 'o') => "u",
        ('o', 'u') => "o",
        ('e', 'e') => "i",
        ('a', 'e') or ('a', 'i') => "e",
        ('o', 'i') or ('o', 'e') or ('w', 'e') => "oe",
        ('w', 'u') => "u",
        ('u', 'u') => "u",
        ('a', 'a') => "a",
        ('i', 'i') => "i",
        ('e', 'y') => "ei",
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Whether the text has Hangul syllables.</summary>
    public static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    /// <summary>Whether the text has Cyrillic letters.</summary>
    public static bool HasCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');
}
