using System.Globalization;
using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Splits a name (already in Latin letters) into the words the general matcher compares, with what each does:
/// dotted initialisms joined (A.B.C., G.m.b.H., J.P.), hyphenated words kept as one group of parts, digits read
/// for letters inside words (Ig0r), numbers in digits, words and Roman numerals as numbers, legal forms in many
/// languages as one canonical word, titles before a person's name dropped, particles, patronymic markers and
/// Russian patronymics marked, and the Arabic "Abd al-" forms written one way (Abdul Aziz = Abd al-Aziz = Abdelaziz).
/// </summary>
internal static class NameTokenizer
{
    private static readonly string[] PatronymSuffixes = ["ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovitj", "evitj", "ovna", "evna", "ivna", "ichna", "yevna"];

    private static readonly string[] AbdForms = ["abdoul", "abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdu", "abd"];

    /// <summary>The words of <paramref name="latin"/>.</summary>
    /// <param name="latin">The name in Latin letters.</param>
    /// <param name="person">Whether it is a person's name (titles dropped, patronyms marked, legal forms only at the end).</param>
    public static NameToken[] Tokenize(string latin, bool person) => Tokenize(latin, person, korean: null);

    /// <summary>The words of <paramref name="latin"/>, for a listed name whose list context says whether it is Korean.</summary>
    /// <param name="latin">The name in Latin letters.</param>
    /// <param name="person">Whether it is a person's name.</param>
    /// <param name="korean">Whether the listing is under the DPRK regime: an entity's words in Korean syllables are then Korean words;
    /// null for a screened name, whose syllables need no marking (the listed name decides how strictly words compare).</param>
    public static NameToken[] Tokenize(string latin, bool person, bool? korean)
    {
        ArgumentNullException.ThrowIfNull(latin);
        NameVocabulary vocabulary = NameVocabulary.Default;
        var raw = new List<(string Display, string Folded, int Group, bool Upper)>();
        int group = 0;
        foreach (string chunk in Chunks(latin))
        {
            if (chunk == "&")
            {
                raw.Add(("&", "and", group++, false));
                continue;
            }

            foreach (string piece in Pieces(chunk))
            {
                bool any = false;
                foreach (string part in piece.Split(['-', '‐', '‑', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
                {
                    string folded = Leet(Romanization.Fold(part));
                    if (folded.Length > 0)
                    {
                        raw.Add((part, folded, group, part.Any(char.IsLetter) && !part.Any(char.IsLower)));
                        any = true;
                    }
                }

                if (any)
                {
                    group++;
                }
            }
        }

        var tokens = new List<NameToken>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            (string display, string folded, int g, bool upper) = raw[i];
            bool initial = i == 0 || raw[i - 1].Group != g;
            if (!person && folded.Length >= 6 && (folded.EndsWith("ean", StringComparison.Ordinal) || folded.EndsWith("ian", StringComparison.Ordinal)))
            {
                // A country's adjective is its name in an entity's name: Korean = Korea, Syrian = Syria.
                folded = folded[..^1];
            }

            // "Abdul Aziz", "Abd al-Aziz", "Abdel Aziz": abd and the name, which the comparison joins when the other side writes Abdelaziz.
            if (Array.IndexOf(AbdForms, folded) >= 0 && i + 1 < raw.Count)
            {
                tokens.Add(Make(display, "abd", g, TokenRole.Word, 0, initial));
                if (vocabulary.Particles.Contains(raw[i + 1].Folded) && raw[i + 1].Folded.Length == 2 && i + 2 < raw.Count)
                {
                    i++;
                    tokens.Add(Make(raw[i].Display, raw[i].Folded, raw[i].Group, TokenRole.Particle, 0, false));
                }

                continue;
            }

            if (vocabulary.Abbreviations.TryGetValue(folded, out string? full))
            {
                folded = full;
            }

            if (NumberOf(folded, vocabulary) is int value)
            {
                // "forty four", "forty-four", "forty 4": one number.
                if (value is >= 20 and <= 90 && value % 10 == 0 && i + 1 < raw.Count && NumberOf(raw[i + 1].Folded, vocabulary) is int unit and >= 1 and <= 9)
                {
                    tokens.Add(Make(display + " " + raw[i + 1].Display, (value + unit).ToString(CultureInfo.InvariantCulture), g, TokenRole.Number, value + unit, true, IsOrdinal(raw[i + 1].Folded)));
                    i++;
                    continue;
                }

                tokens.Add(Make(display, value.ToString(CultureInfo.InvariantCulture), g, TokenRole.Number, value, true, IsOrdinal(folded)));
                continue;
            }

            // Roman numerals in an entity's name (Fund III, Trust II); a lone I, V or X only as the last word after a longer one.
            if (!person && i > 0 && Roman(folded) is int roman && (folded.Length > 1 || (LastWord(raw, i, vocabulary) && raw[i - 1].Folded.Length >= 3)))
            {
                tokens.Add(Make(display, roman.ToString(CultureInfo.InvariantCulture), g, TokenRole.Number, roman, true));
                continue;
            }

            tokens.Add(Make(display, AbdWord(folded), g, TokenRole.Word, 0, initial));
        }

        MarkLegalForms(tokens, person, vocabulary);
        MarkRoles(tokens, person, vocabulary);
        NameToken[] result = tokens.ToArray();
        if (korean is bool dprk)
        {
            MarkKorean(result, person, dprk);
        }

        return result;
    }

    private static void MarkLegalForms(List<NameToken> tokens, bool person, NameVocabulary vocabulary)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Role != TokenRole.Word)
            {
                continue;
            }

            // Phrases only from a word that starts one (or might, mistyped: five letters or more).
            bool starts = vocabulary.LegalFirstWords.Contains(tokens[i].Folded);
            bool near = !person && tokens[i].Folded.Length >= 5;
            if (!starts && !near)
            {
                continue;
            }

            for (int n = Math.Min(vocabulary.LongestLegalForm, tokens.Count - i); n >= 1; n--)
            {
                string phrase = n == 1 ? tokens[i].Folded : string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Folded));
                string? code = null;
                if (!(starts && vocabulary.LegalForms.TryGetValue(phrase, out code)) && !(near && vocabulary.TryLegalFormNear(phrase, i + n == tokens.Count, out code)))
                {
                    continue;
                }

                // In a person's name only a trailing legal form counts (Nicolas Maduro SA), and only after two words.
                if (person && (i + n != tokens.Count || tokens.Take(i).Count(t => t.Role == TokenRole.Word) < 2))
                {
                    break;
                }

                string display = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Display));
                int group = tokens[i].Group;
                tokens.RemoveRange(i, n);
                tokens.Insert(i, Make(display, code ?? phrase, group, TokenRole.LegalForm, 0, wordInitial: true));
                break;
            }
        }
    }

    private static void MarkRoles(List<NameToken> tokens, bool person, NameVocabulary vocabulary)
    {
        if (person)
        {
            // Titles before the name go while at least two words stay (Mr. Rami Makhlouf, Shaikh Isa Bin Tarif).
            int words = tokens.Count(t => t.Role == TokenRole.Word);
            for (int i = 0; i < tokens.Count && words > 2; i++)
            {
                bool two = i + 1 < tokens.Count && vocabulary.Titles.Contains(tokens[i].Folded + " " + tokens[i + 1].Folded);
                if (!two && !vocabulary.Titles.Contains(tokens[i].Folded))
                {
                    break;
                }

                tokens[i].Role = TokenRole.Title;
                words--;
                if (two)
                {
                    tokens[++i].Role = TokenRole.Title;
                    words--;
                }
            }
        }

        int content = tokens.Count(t => t.Role == TokenRole.Word);
        for (int i = 0; i < tokens.Count; i++)
        {
            NameToken t = tokens[i];
            if (t.Role != TokenRole.Word)
            {
                continue;
            }

            // "bin Salman Mohammed" starts with the marker; "Ben Netanyahu" starts with a name.
            if ((i > 0 || t.Folded != "ben") && vocabulary.PatronymMarkers.Contains(t.Folded) && i + 1 < tokens.Count)
            {
                t.Role = TokenRole.Particle;
                tokens[i + 1].Patronym = tokens[i + 1].Role == TokenRole.Word;
            }
            else if (vocabulary.Particles.Contains(t.Folded) && content > 1)
            {
                t.Role = TokenRole.Particle;
            }
            else if (!person && vocabulary.Generic.Contains(t.Folded))
            {
                t.Role = TokenRole.Generic;
            }
            else if (person && t.Folded.Length == 1 && char.IsAsciiLetter(t.Folded[0]))
            {
                t.Role = TokenRole.Initial;
            }
            else if (person && i > 0 && content >= 3 && PatronymSuffixes.Any(s => t.Folded.Length > s.Length + 2 && t.Folded.EndsWith(s, StringComparison.Ordinal)))
            {
                t.Patronym = true;
            }
        }

        // A joint venture is one generic word, as "jv" is.
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!person && tokens[i].Folded == "joint" && tokens[i + 1].Folded == "venture")
            {
                tokens[i].Role = tokens[i + 1].Role = TokenRole.Generic;
            }
        }
    }

    /// <summary>A word made of <paramref name="folded"/> letters (words joined for comparison).</summary>
    public static NameToken Word(string folded, bool korean)
    {
        NameToken t = Make(folded, folded, 0, TokenRole.Word, 0, wordInitial: true);
        t.Korean = korean;
        return t;
    }

    /// <summary>
    /// Marks the syllable groups of a Korean name (<see cref="NameToken.Korean"/>): a person's name whose words all
    /// split into Korean syllables with a Korean family name at one end; in an entity's name that says it is Korean
    /// (Korea, Choson, Pyongyang) or whose words all split into Korean syllables, the words that do.
    /// </summary>
    public static void MarkKorean(NameToken[] tokens, bool person, bool dprk)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = tokens.Where(t => t.Role is TokenRole.Word).ToList();
        if (words.Count == 0)
        {
            return;
        }

        if (person)
        {
            var groups = words.GroupBy(t => t.Group).Select(g => string.Concat(g.Select(t => t.Folded))).ToList();
            bool family = KoreanNames.IsFamilyKey(Romanization.Key(groups[0], true)) || KoreanNames.IsFamilyKey(Romanization.Key(groups[^1], true));
            if (groups.Count >= 2 && family && groups.All(KoreanNames.IsSyllables))
            {
                foreach (NameToken t in words)
                {
                    t.Korean = true;
                }

                return;
            }

            // A given name written as hyphenated single syllables (Wen-ji, Chol-ung) is syllabic whatever the family name.
            foreach (IGrouping<int, NameToken> g in words.GroupBy(t => t.Group).Where(g => g.Count() >= 2 && g.All(t => KoreanNames.IsSyllable(t.Folded))))
            {
                foreach (NameToken t in g)
                {
                    t.Korean = true;
                }
            }

            return;
        }

        bool marked = words.Any(t => t.Folded is "korea" or "choson" or "chosun" or "joson" or "pyongyang" or "dprk");
        bool allKorean = tokens.Count(t => t.IsContent) >= 2 && words.All(t => KoreanNames.IsSyllables(t.Folded));
        if (marked || allKorean || dprk)
        {
            // Under the DPRK regime, or in a name that says it is Korean, a word of Korean syllables is a Korean word.
            foreach (NameToken t in words.Where(t => marked || allKorean ? KoreanNames.IsSyllables(t.Folded) : KoreanNames.IsMarkedKorean(t.Folded) && !KoreanNames.IsSyllable(t.Folded)))
            {
                t.Korean = true;
            }
        }
    }

    private static NameToken Make(string display, string folded, int group, TokenRole role, int value, bool wordInitial, bool ordinal = false)
    {
        string key = role == TokenRole.Number ? folded : Romanization.Key(folded, wordInitial);
        return new NameToken
        {
            Display = display,
            Folded = folded,
            Key = key,
            Loose = Romanization.LooseKey(key),
            Nasal = Romanization.NasalKey(key),
            Skeleton = Skeleton(key),
            Role = role,
            Group = group,
            Value = value,
            Ordinal = ordinal,
        };
    }

    /// <summary>The consonants of a key (h, w and y count as vowels here: Arabic script writes them as long-vowel signs).</summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h') && (sb.Length == 0 || sb[^1] != c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>abdul-, abdel-, abdal- written abd-; Abdullah in every spelling as abdallah.</summary>
    private static string AbdWord(string folded)
    {
        foreach (string form in AbdForms)
        {
            if (folded.Length > form.Length + 2 && folded.StartsWith(form, StringComparison.Ordinal))
            {
                string rest = folded[form.Length..];
                if (rest is "lah" or "llah" or "la" or "lla" or "allah" or "alla" or "ullah" or "ulla" or "ellah" or "ella" or "illah")
                {
                    return "abdallah";
                }

                return form == "abd" && rest.Length > 2 && rest[0] is 'a' or 'e' or 'u' or 'o' && rest[1] == 'l' ? "abd" + rest[2..] : "abd" + rest;
            }
        }

        return folded;
    }

    private static int? NumberOf(string folded, NameVocabulary vocabulary)
    {
        if (folded.Length is > 0 and <= 9 && folded.All(char.IsAsciiDigit))
        {
            return int.Parse(folded, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return Ordinal(folded) ?? (vocabulary.Numbers.TryGetValue(folded, out int n) ? n : null);
    }

    /// <summary>Whether a word read as a number is an ordinal (1st, 22nd, First, Third, Tenth), not a cardinal or a series number.</summary>
    private static bool IsOrdinal(string folded) => folded.Length >= 3 && folded[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>An ordinal written in digits (1st, 2nd, 3rd, 4th ... 21st), or null.</summary>
    private static int? Ordinal(string folded) =>
        folded.Length is >= 3 and <= 5 && char.IsAsciiDigit(folded[0]) && folded[^2..] is "st" or "nd" or "rd" or "th" && folded[..^2].All(char.IsAsciiDigit)
            ? int.Parse(folded[..^2], NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    /// <summary>Whether raw word <paramref name="i"/> is the last one before any legal forms.</summary>
    private static bool LastWord(List<(string Display, string Folded, int Group, bool Upper)> raw, int i, NameVocabulary vocabulary)
    {
        for (int k = i + 1; k < raw.Count; k++)
        {
            if (!vocabulary.LegalForms.ContainsKey(raw[k].Folded) && raw[k].Folded.Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    private static int? Roman(string folded) => folded switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        "vi" => 6,
        "vii" => 7,
        "viii" => 8,
        "ix" => 9,
        "x" => 10,
        "xi" => 11,
        "xii" => 12,
        "xiii" => 13,
        "xiv" => 14,
        "xv" => 15,
        "xvi" => 16,
        "xvii" => 17,
        "xviii" => 18,
        "xix" => 19,
        "xx" => 20,
        _ => null,
    };

    /// <summary>Digits written for letters inside a word (Ig0r Sech1n), read as the letters they stand for.</summary>
    private static string Leet(string folded)
    {
        int letters = 0, digits = 0;
        foreach (char c in folded)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                letters++;
            }
        }

        // An ordinal in digits (1st, 3rd, 22nd) is a number, read as one by NumberOf, not letters (ist, erd).
        if (digits == 0 || letters < 2 || digits > letters || Ordinal(folded) is not null)
        {
            return folded;
        }

        return string.Create(folded.Length, folded, static (span, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                span[i] = s[i] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', _ => s[i] };
            }
        });
    }

    /// <summary>The text split at spaces and separators; an ampersand is a word of its own.</summary>
    private static IEnumerable<string> Chunks(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsBreak(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '&')
            {
                yield return "&";
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !IsBreak(text[i]) && text[i] != '&')
            {
                i++;
            }

            if (i > start)
            {
                yield return text[start..i];
            }
        }
    }

    /// <summary>A chunk split at dots, except a dotted initialism (A.B.C., J.P., G.m.b.H., S.A.R.L.), which is one piece.</summary>
    private static IEnumerable<string> Pieces(string chunk)
    {
        if (!chunk.Contains('.', StringComparison.Ordinal))
        {
            yield return chunk;
            yield break;
        }

        string[] parts = chunk.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts.All(p => p.Length <= 2 && p.All(char.IsLetter)))
        {
            yield return string.Concat(parts);
            yield break;
        }

        foreach (string p in parts)
        {
            yield return p;
        }
    }

    private static bool IsBreak(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '/' or '\\' or '(' or ')' or '"' or '“' or '”' or '„' or '«' or '»' or ';' or ':' or '#' or '[' or ']' or '{' or '}'
            or '+' or '!' or '?' or '|' or '_' or '*' or '=' or '<' or '>' or '~' or '·' or '•' or '・' or '%';
}
