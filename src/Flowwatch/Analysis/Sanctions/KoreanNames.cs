namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Tells whether a romanized name is Korean: every word splits into Korean syllables (McCune-Reischauer,
/// Revised Romanization or the press spellings) and, for a person, one end is a Korean family name.
/// </summary>
/// <remarks>
/// Why it matters: in a Korean given name each syllable is a morpheme, so one changed letter (Je-son, Je-sok)
/// is another name, not a typing error. Korean names are therefore compared syllable by syllable with the
/// romanization rules only, never with the edit-distance tolerance other names get. The family names are the
/// common ones in both systems and the press (Kim, Ri/Lee/Yi, Pak/Park, Choe/Choi ...), written here once; a
/// word's membership is tested on its <see cref="Romanization.Key"/>, so every spelling of one name counts.
/// </remarks>
internal static class KoreanNames
{
    private static readonly string[] Initials =
        ["kk", "gg", "tt", "dd", "pp", "bb", "ss", "jj", "tch", "ch", "sh", "kh", "th", "ph", "zh", "ts", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", "y", "w", "c", "x", "z", "q", "f"];

    private static readonly string[] Vowels =
        ["yeo", "yae", "wae", "weo", "ya", "ae", "ai", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui", "oo", "ee", "ou", "oi", "a", "e", "o", "u", "i"];

    private static readonly string[] Finals = ["ng", "nk", "k", "n", "t", "l", "m", "p", "g", "d", "b", "r", ""];

    private static readonly HashSet<string> FamilyKeys = new(
        new[]
        {
            "kim", "gim", "ri", "lee", "yi", "i", "rhee", "rim", "lim", "im", "pak", "park", "bak", "choe", "choi", "chwe", "jong", "chong", "jeong", "chung", "jung",
            "kang", "gang", "cho", "jo", "yun", "yoon", "jang", "chang", "han", "o", "oh", "so", "seo", "suh", "sin", "shin", "kwon", "gwon", "hwang", "an", "ahn",
            "song", "jon", "chon", "jeon", "chun", "jun", "hong", "ryu", "yu", "yoo", "you", "ko", "go", "koh", "mun", "moon", "yang", "ryang", "son", "sohn",
            "pae", "bae", "paek", "baek", "ho", "heo", "hur", "nam", "ro", "roh", "no", "noh", "ha", "kwak", "gwak", "sung", "seong", "cha", "chu", "ju", "joo",
            "u", "woo", "min", "na", "ra", "chin", "jin", "chi", "ji", "om", "eom", "chae", "won", "pang", "bang", "kong", "gong", "hyon", "hyun", "ham",
            "pyon", "byun", "yom", "yeom", "yo", "yeo", "to", "do", "sok", "seok", "ma", "kil", "gil", "wi", "pyo", "myong", "myung", "ki", "gi", "ok", "tak",
            "kye", "gye", "thae", "tae", "ryom", "rom", "chae", "kye", "ri", "sim", "shim", "sol", "seol", "mo", "so", "pyun", "hyon", "ok", "ku", "koo", "gu",

            // The commonest Chinese family names in Pinyin, Wade-Giles and Cantonese spellings: their given names are syllables too.
            "wang", "wong", "li", "lee", "zhang", "chang", "cheung", "liu", "lau", "chen", "chan", "yang", "yeung", "huang", "wong", "zhao", "chao", "chiu",
            "zhou", "chow", "chou", "wu", "ng", "xu", "hsu", "tsui", "sun", "zhu", "chu", "hu", "guo", "kuo", "kwok", "he", "ho", "lin", "lam", "gao", "kao",
            "ko", "luo", "lo", "law", "zheng", "cheng", "chang", "liang", "leung", "xie", "hsieh", "tse", "tang", "tong", "xiao", "hsiao", "siu", "jiang",
            "chiang", "kong", "jian", "tsang", "zeng", "tseng", "cao", "tsao", "peng", "pang", "deng", "teng", "tang", "feng", "fung", "cai", "tsai", "choi",
        }.Select(f => Romanization.Key(f, wordInitial: true)),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="folded"/> (lower-case ASCII) splits into one to four Korean syllables.</summary>
    public static bool IsSyllables(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return folded.Length is > 0 and <= 20 && (Split(folded, 0, 0) || Split(Romanization.Key(folded, false), 0, 0));
    }

    /// <summary>
    /// Whether <paramref name="folded"/> splits into Korean syllables with a sound only Korean romanization writes:
    /// a final ng, a vowel digraph (ae, eo, eu, oe, ui, ya, yo, yu, ye, wa, wo, we, wi) or an initial with w or y
    /// (kw, gw, hw, ry, ky, py, my, hy). Words such as Chima or Sigma split into syllables too, but say nothing Korean.
    /// </summary>
    public static bool IsMarkedKorean(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (!IsSyllables(folded))
        {
            return false;
        }

        foreach (string mark in Marks)
        {
            if (folded.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Marks = ["ng", "ae", "eo", "eu", "oe", "ui", "ya", "yo", "yu", "ye", "wa", "wo", "we", "wi", "kw", "gw", "hw", "ry", "ly", "ky", "gy", "py", "by", "my", "hy", "ny"];

    /// <summary>Whether <paramref name="folded"/> is one Korean (or Pinyin-like) syllable.</summary>
    public static bool IsSyllable(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return folded.Length is > 0 and <= 6 && Split(folded, 0, 3);
    }

    /// <summary>Whether the family-name key is a Korean (or common Chinese) family name.</summary>
    public static bool IsFamilyKey(string key) => FamilyKeys.Contains(key);

    private static bool Split(string s, int at, int count)
    {
        if (at == s.Length)
        {
            return count > 0;
        }

        if (count == 4)
        {
            return false;
        }

        foreach (string initial in Initials.Append(""))
        {
            if (!Starts(s, at, initial))
            {
                continue;
            }

            int v0 = at + initial.Length;
            foreach (string vowel in Vowels)
            {
                if (!Starts(s, v0, vowel))
                {
                    continue;
                }

                int f0 = v0 + vowel.Length;
                foreach (string final in Finals)
                {
                    if (Starts(s, f0, final) && Split(s, f0 + final.Length, count + 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Starts(string s, int at, string part) => part.Length == 0 || (at + part.Length <= s.Length && string.CompareOrdinal(s, at, part, 0, part.Length) == 0);
}
