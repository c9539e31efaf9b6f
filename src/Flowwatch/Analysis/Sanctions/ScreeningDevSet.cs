using System.Globalization;
using System.Text;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// The screening development set, written by code from a list's own 1718 (DPRK) names and aliases:
/// variants by general spelling rules (name order, hyphens and spaces, McCune-Reischauer and Revised
/// Romanization consonants and vowels, breves and apostrophes, initial-liquid and press spellings,
/// Kontsevich Cyrillic, legal forms abbreviated or dropped, case) and negatives (one syllable changed,
/// unrelated Korean names made from the list's syllables, and famous people and companies that are
/// not on the UN list). Deterministic for a seed.
/// </summary>
/// <remarks>
/// The variant rules are written from the romanization systems, not from the matcher, and never name
/// a listed party. They overlap with the matcher's equivalences by nature (both describe the same
/// systems), so the figure measures how completely the matcher covers those systems; spellings outside
/// them are the unseen test.
/// </remarks>
public static class ScreeningDevSet
{
    /// <summary>Well-known Koreans and Korean companies not designated by the UN 1718 Committee (checked against the list when the set is built).</summary>
    public static readonly IReadOnlyList<(string Name, ScreeningType Type)> Famous =
    [
        ("Kim Jong Un", ScreeningType.Person), ("Kim Jong-il", ScreeningType.Person), ("Kim Il-sung", ScreeningType.Person),
        ("Kim Yo-jong", ScreeningType.Person), ("Ri Sol-ju", ScreeningType.Person), ("Choe Son-hui", ScreeningType.Person),
        ("Pak Pong-ju", ScreeningType.Person), ("Kim Tok-hun", ScreeningType.Person), ("Kim Yong-nam", ScreeningType.Person),
        ("Hyon Song-wol", ScreeningType.Person), ("Thae Yong-ho", ScreeningType.Person), ("Kim Jong-nam", ScreeningType.Person),
        ("Moon Jae-in", ScreeningType.Person), ("Yoon Suk-yeol", ScreeningType.Person), ("Lee Jae-myung", ScreeningType.Person),
        ("Park Geun-hye", ScreeningType.Person), ("Lee Myung-bak", ScreeningType.Person), ("Roh Moo-hyun", ScreeningType.Person),
        ("Kim Dae-jung", ScreeningType.Person), ("Ban Ki-moon", ScreeningType.Person), ("Chung Ju-yung", ScreeningType.Person),
        ("Lee Kun-hee", ScreeningType.Person), ("Lee Jae-yong", ScreeningType.Person), ("Son Heung-min", ScreeningType.Person),
        ("Kim Yu-na", ScreeningType.Person), ("Park Chan-wook", ScreeningType.Person), ("Bong Joon-ho", ScreeningType.Person),
        ("Ким Чен Ын", ScreeningType.Person), ("Ким Ё Чжон", ScreeningType.Person), ("김정은", ScreeningType.Person), ("김여정", ScreeningType.Person),
        ("Samsung Electronics", ScreeningType.Entity), ("Hyundai Motor Company", ScreeningType.Entity), ("Korea Electric Power Corporation", ScreeningType.Entity),
        ("Korean Air Lines", ScreeningType.Entity), ("Korea Development Bank", ScreeningType.Entity), ("Air Koryo", ScreeningType.Entity),
        ("Kia Corporation", ScreeningType.Entity), ("Korea Exchange Bank", ScreeningType.Entity), ("Pohang Iron and Steel Company", ScreeningType.Entity),
        ("Korea Trade-Investment Promotion Agency", ScreeningType.Entity), ("Korea Shipping Corporation", ScreeningType.Entity), ("Pyongyang University of Science and Technology", ScreeningType.Entity),
    ];

    private static readonly string[] Families = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han", "Song", "Hwang", "Ryu", "Mun", "O", "So", "Ko", "Hong", "Jon", "Sin"];

    /// <summary>Builds the set from <paramref name="list"/>'s DPRK records.</summary>
    /// <param name="list">The list version.</param>
    /// <param name="seed">The seed of the random choices (which syllable, which spelling).</param>
    /// <param name="unrelated">How many unrelated Korean names to make.</param>
    public static IReadOnlyList<DevCase> Build(SanctionsList list, int seed = 1, int unrelated = 600)
    {
        ArgumentNullException.ThrowIfNull(list);
        var random = new Random(seed);
        var cases = new List<DevCase>();
        var dprk = list.Parties.Where(p => p.IsDprk).ToList();
        var screener = new Screener(list);
        var listedForms = new HashSet<string>(StringComparer.Ordinal);
        var listedWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (DesignatedParty p in list.Parties)
        {
            foreach (ListedName n in p.Names)
            {
                List<NameWord> words = NameWord.Of(n.Text);
                listedForms.UnionWith(PreparedName.PersonForms(words).Select(Romanization.LooseKey));
                listedWords.Add(string.Join(' ', words.Select(w => w.Loose)));
            }
        }

        foreach (DesignatedParty p in dprk)
        {
            foreach (ListedName n in p.Names.Where(n => n.Quality != AliasQuality.Low && n.Text.All(c => c < 0x2E80)))
            {
                string[] words = n.Text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                if (p.Kind == PartyKind.Person && words.Length >= 2)
                {
                    foreach ((string rule, string variant) in PersonVariants(words, random))
                    {
                        cases.Add(new DevCase(variant, random.Next(2) == 0 ? ScreeningType.Person : ScreeningType.Any, p.Reference, rule, n.Text));
                    }

                    string? changed = ChangeOneSyllable(words, random, listedForms);
                    if (changed is not null)
                    {
                        cases.Add(new DevCase(changed, ScreeningType.Person, null, "one-syllable", n.Text));
                    }
                }
                else if (p.Kind == PartyKind.Entity && words.Length >= 2)
                {
                    foreach ((string rule, string variant) in EntityVariants(words))
                    {
                        cases.Add(new DevCase(variant, random.Next(2) == 0 ? ScreeningType.Entity : ScreeningType.Any, p.Reference, rule, n.Text));
                    }

                    string? changed = ChangeOneEntitySyllable(words, random, listedWords);
                    if (changed is not null)
                    {
                        cases.Add(new DevCase(changed, ScreeningType.Entity, null, "one-syllable", n.Text));
                    }
                }
            }
        }

        var syllables = dprk.Where(p => p.Kind == PartyKind.Person).SelectMany(p => p.NameParts.Skip(1))
            .SelectMany(g => g.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Select(s => Title(Romanization.Fold(s))).Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        int made = 0, tries = 0;
        while (made < unrelated && tries++ < unrelated * 20)
        {
            string name = $"{Families[random.Next(Families.Length)]} {syllables[random.Next(syllables.Count)]}-{syllables[random.Next(syllables.Count)].ToLowerInvariant()}";
            if (!IsListed(name, listedForms))
            {
                cases.Add(new DevCase(name, ScreeningType.Person, null, "unrelated", "syllables of the list"));
                made++;
            }
        }

        foreach ((string name, ScreeningType type) in Famous)
        {
            cases.Add(new DevCase(name, type, null, "famous", "not designated by the UN"));
        }

        return cases;
    }

    private static IEnumerable<(string Rule, string Variant)> PersonVariants(string[] words, Random random)
    {
        string family = words[0];
        string[] given = words.Skip(1).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string hyphen = Title(string.Join('-', given.Select(g => g.ToLowerInvariant())));
        string spaced = string.Join(' ', given.Select(Title));
        string joined = Title(string.Concat(given).ToLowerInvariant());
        string fam = Title(family);
        yield return ("as-listed", string.Join(' ', words));
        yield return ("hyphenated", $"{fam} {hyphen}");
        yield return ("spaced", $"{fam} {spaced}");
        yield return ("joined", $"{fam} {joined}");
        yield return ("family-last", $"{hyphen} {fam}");
        yield return ("family-comma", $"{family.ToUpperInvariant()}, {hyphen}");
        yield return ("lower-case", $"{fam} {spaced}".ToLowerInvariant());
        yield return ("rr-consonants", $"{Title(Voice(family, random))} {Title(string.Join('-', given.Select(g => Voice(g, random).ToLowerInvariant())))}");
        yield return ("rr-vowels", $"{Title(RrVowels(family))} {Title(string.Join('-', given.Select(g => RrVowels(g).ToLowerInvariant())))}");
        yield return ("mr-marks", $"{Title(McCune(family))} {Title(string.Join('-', given.Select(g => McCune(g).ToLowerInvariant())))}");
        yield return ("press-family", $"{Title(PressFamily(family))} {hyphen}");
        yield return ("cyrillic", ToCyrillic(family) + " " + string.Join(' ', given.Select(ToCyrillic)));
    }

    private static IEnumerable<(string Rule, string Variant)> EntityVariants(string[] words)
    {
        string name = string.Join(' ', words);
        yield return ("as-listed", name);
        yield return ("title-case", string.Join(' ', words.Select(Title)));
        string abbreviated = string.Join(' ', words.Select(w => Fold(w) switch
        {
            "corporation" => "Corp.",
            "company" => "Co.",
            "limited" => "Ltd",
            "international" => "Intl",
            _ => Title(w),
        }));
        if (abbreviated != string.Join(' ', words.Select(Title)))
        {
            yield return ("legal-abbreviated", abbreviated);
        }

        var kept = words.Where(w => Fold(w) is not ("general" or "trading" or "corporation" or "company" or "limited" or "co" or "ltd" or "corp")).ToList();
        if (kept.Count >= 2 && kept.Count < words.Length)
        {
            yield return ("legal-dropped", string.Join(' ', kept.Select(Title)));
        }

        // South Korean usage drops an initial r before y or i (Ryonbong, Yonbong).
        string dropped = string.Join(' ', words.Select(w => Fold(w) is { Length: > 2 } f && f[0] is 'r' or 'l' && f[1] is 'y' or 'i' ? Title(f[1..]) : Title(w)));
        if (dropped != string.Join(' ', words.Select(Title)))
        {
            yield return ("initial-r-dropped", dropped);
        }
    }

    /// <summary>Plain consonants written voiced, as Revised Romanization does at the start of a syllable (k→g, t→d, p→b, ch→j).</summary>
    private static string Voice(string syllable, Random random)
    {
        string s = syllable.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        if (random.Next(2) == 0)
        {
            return s;
        }

        return s.StartsWith("ch", StringComparison.Ordinal) ? "j" + s[2..]
            : s.Length > 0 && s[0] is 'k' or 't' or 'p' ? (s[0] switch { 'k' => 'g', 't' => 'd', _ => 'b' }) + s[1..]
            : s;
    }

    /// <summary>Revised Romanization vowels: ŏ as eo, ŭ as eu; a bare o or u is taken as ŏ / ŭ.</summary>
    private static string RrVowels(string syllable)
    {
        string s = syllable.ToLowerInvariant().Replace("o'", "eo", StringComparison.Ordinal).Replace("o’", "eo", StringComparison.Ordinal)
            .Replace("u'", "eu", StringComparison.Ordinal).Replace("u’", "eu", StringComparison.Ordinal);
        int at = s.IndexOf('o', StringComparison.Ordinal);
        return s.Contains("eo", StringComparison.Ordinal) || at < 0 || (at > 0 && s[at - 1] is 'e' or 'y' or 'w') ? s : s[..at] + "eo" + s[(at + 1)..];
    }

    /// <summary>McCune-Reischauer marks: breves on o and u, apostrophes after aspirated ch, k, t, p.</summary>
    private static string McCune(string syllable)
    {
        string s = syllable.ToLowerInvariant();
        if (s.Contains('\'', StringComparison.Ordinal) || s.Contains('’', StringComparison.Ordinal))
        {
            return s.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        }

        s = s.StartsWith("ch", StringComparison.Ordinal) ? "ch'" + s[2..] : s;
        int o = s.IndexOf('o', StringComparison.Ordinal);
        return o >= 0 ? s[..o] + "ŏ" + s[(o + 1)..] : s.Replace('u', 'ŭ');
    }

    /// <summary>Family names as the press writes them: initial r/l before i dropped and i written ee or yi, a written ar, oe written oi, k written g.</summary>
    private static string PressFamily(string family)
    {
        string f = Fold(family);
        return f switch
        {
            _ when f.Length == 2 && f[0] is 'r' or 'l' && f[1] == 'i' => "Lee",
            _ when f.EndsWith("ak", StringComparison.Ordinal) => f[..^2] + "ark",
            _ when f.EndsWith("oe", StringComparison.Ordinal) => f[..^2] + "oi",
            _ when f.StartsWith('k') => "g" + f[1..],
            _ when f.StartsWith("ch", StringComparison.Ordinal) => "j" + f[2..],
            _ => f,
        };
    }

    /// <summary>A romanized syllable group in Russian Cyrillic by Kontsevich's letters (ch as ч, j as чж, ng as н, eo/ŏ as о, eu/ŭ as ы).</summary>
    private static string ToCyrillic(string word)
    {
        string s = Fold(word);
        var sb = new StringBuilder();
        int i = 0;
        while (i < s.Length)
        {
            string rest = s[i..];
            (string latin, string cyr) = Map.FirstOrDefault(m => rest.StartsWith(m.Latin, StringComparison.Ordinal));
            if (latin is null)
            {
                sb.Append(s[i]);
                i++;
                continue;
            }

            sb.Append(cyr);
            i += latin.Length;
        }

        string result = sb.ToString();
        return result.Length > 0 ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    private static readonly (string Latin, string Cyr)[] Map =
    [
        ("ch", "ч"), ("tch", "ч"), ("ng", "н"), ("kh", "кх"), ("ph", "пх"), ("th", "тх"), ("sh", "с"),
        ("yeo", "ё"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("eo", "о"), ("eu", "ы"), ("ae", "э"), ("oe", "вэ"), ("wa", "ва"), ("wo", "во"),
        ("a", "а"), ("o", "о"), ("u", "у"), ("i", "и"), ("e", "е"), ("k", "к"), ("g", "г"), ("t", "т"), ("d", "д"), ("p", "п"), ("b", "б"),
        ("j", "чж"), ("s", "с"), ("h", "х"), ("m", "м"), ("n", "н"), ("r", "р"), ("l", "ль"), ("y", "й"), ("w", "в"),
    ];

    /// <summary>One given-name syllable replaced by a different one (its initial consonant or vowel changed, not a respelling).</summary>
    private static string? ChangeOneSyllable(string[] words, Random random, HashSet<string> listedForms)
    {
        string[] given = words.Skip(1).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).Select(Fold).ToArray();
        string[] initials = ["k", "n", "t", "m", "p", "s", "h", "ch"];
        for (int attempt = 0; attempt < 10; attempt++)
        {
            int at = random.Next(given.Length);
            string syllable = given[at];
            int vowel = syllable.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'y', 'w']);
            if (vowel < 0)
            {
                continue;
            }

            string head = initials[random.Next(initials.Length)];
            string changed = head + syllable[vowel..];
            if (Romanization.Key(changed, false) == Romanization.Key(syllable, false))
            {
                continue;
            }

            string[] copy = (string[])given.Clone();
            copy[at] = changed;
            string name = $"{Title(words[0])} {Title(string.Join('-', copy))}";
            if (!IsListed(name, listedForms))
            {
                return name;
            }
        }

        return null;
    }

    private static string? ChangeOneEntitySyllable(string[] words, Random random, HashSet<string> listedWords)
    {
        // Only a Korean word changes by a syllable (Ryonbong, Kyonbong): one letter changed in an English word
        // (Development, Kevelopment) is a typing error of the listed name, which screening must still find.
        var candidates = Enumerable.Range(0, words.Length).Where(i => Fold(words[i]).Length >= 5 && NameWords.RoleOf(NameWords.Expand(Fold(words[i]))) == WordRole.Significant
            && Fold(words[i]) != "korea" && KoreanNames.IsMarkedKorean(Fold(words[i])) && !KoreanNames.IsSyllable(Fold(words[i]))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        int at = candidates[random.Next(candidates.Count)];
        string w = Fold(words[at]);
        string[] initials = ["k", "n", "t", "m", "p", "s", "h"];
        string head = initials.First(h => !w.StartsWith(h, StringComparison.Ordinal) && !(w[0] is 'g' && h == "k") && !(w[0] is 'd' && h == "t") && !(w[0] is 'b' && h == "p"));
        int vowel = w.IndexOfAny(['a', 'e', 'i', 'o', 'u']);
        string changed = head + w[Math.Max(vowel, 1)..];
        string[] copy = (string[])words.Clone();
        copy[at] = Title(changed);
        string name = string.Join(' ', copy.Select(Title));
        return listedWords.Contains(string.Join(' ', NameWord.Of(name).Select(x => x.Loose))) ? null : name;
    }

    private static bool IsListed(string name, HashSet<string> listedForms) =>
        PreparedName.PersonForms(NameWord.Of(name)).Any(f => listedForms.Contains(Romanization.LooseKey(f)));

    private static string Fold(string s) => Romanization.Fold(s);

    private static string Title(string s)
    {
        string lower = s.ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    /// <summary>Formats a share as 0.000.</summary>
    internal static string Share(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
