using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Screens names against one sanctions list version: Korean person names by syllable keys with the
/// romanization equivalences and either name order, entity names by weighted words (legal forms weigh
/// little, words common on the list weigh less), acronyms against their expansion, IMO numbers exactly.
/// Pure: the list in, matches out.
/// </summary>
/// <remarks>
/// Scores by rule (docs/sanctions.md has the calibration on the development set): 1.00 the same name
/// spelled the same; 0.97 the same after the romanization rules; 0.95 a person's words all equal in
/// another order; 0.90 one o/u respelling (ŏ written u); entity names by the weighted word overlap
/// (Dice); 0.92 an acronym of four letters or more. A weak (<c>Low</c>) alias, a person matched on
/// only some words, a three-letter acronym or a date of birth that does not fit stay below
/// <see cref="AlertThreshold"/>.
/// </remarks>
public sealed partial class Screener
{
    /// <summary>The score at and above which a match alerts.</summary>
    public const double AlertThreshold = 0.90;

    /// <summary>Matches below this score are not reported: on the development set none below it was the right party.</summary>
    public const double ReportThreshold = 0.70;

    // Sharing only legal forms (Trading, Corporation) is no match at all: below what is reported.
    private const double NoSignificantWordCap = 0.5;

    private const double SameKey = 0.97, Reordered = 0.95, LooseVowel = 0.90, WeakCap = 0.85, PartialPersonCap = 0.85, Acronym = 0.92, ShortAcronym = 0.80;

    private readonly List<PreparedName> _names = [];
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLoose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNasal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLooseForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNasalForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DesignatedParty>> _byImo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly List<int> _entityNames = [];

    /// <summary>Prepares <paramref name="list"/> for screening.</summary>
    public Screener(SanctionsList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        List = list;
        foreach (DesignatedParty party in list.Parties)
        {
            foreach (ListedName name in party.Names)
            {
                foreach ((string text, bool acronym) in Variants(party, name))
                {
                    var prepared = new PreparedName(party, name, text, acronym);
                    if (prepared.Words.Count > 0)
                    {
                        _names.Add(prepared);
                    }
                }
            }

            foreach (string imo in party.ImoNumbers)
            {
                Add(_byImo, imo, party);
            }
        }

        var partiesByKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            PreparedName n = _names[i];
            if (n.Party.Kind == PartyKind.Entity && !n.IsAcronym)
            {
                _entityNames.Add(i);
            }

            foreach (NameWord w in n.Words.DistinctBy(w => w.Key))
            {
                AddOnce(_byKey, w.Key, i);
                AddOnce(_byLoose, w.Loose, i);
                AddOnce(_byNasal, w.Nasal, i);
                if (!partiesByKey.TryGetValue(w.Key, out HashSet<string>? parties))
                {
                    partiesByKey[w.Key] = parties = new HashSet<string>(StringComparer.Ordinal);
                }

                parties.Add(n.Party.Reference);
            }

            foreach (string form in n.Forms)
            {
                AddOnce(_byForm, form, i);
                AddOnce(_byLooseForm, Romanization.LooseKey(form), i);
                AddOnce(_byNasalForm, Romanization.NasalKey(form), i);
            }
        }

        // A word many parties share (Korea, Kim, Trading) tells less about which one is meant.
        foreach ((string key, HashSet<string> parties) in partiesByKey)
        {
            _weights[key] = 1 / (1 + Math.Log(parties.Count));
        }

        foreach (PreparedName n in _names)
        {
            foreach (NameWord w in n.Words)
            {
                w.Weight = WeightOf(w);
            }
        }
    }

    /// <summary>The list screened against.</summary>
    public SanctionsList List { get; }

    /// <summary>How many names and aliases (with bracketed acronyms split off) are indexed.</summary>
    public int NameCount => _names.Count;

    /// <summary>The best matches for the query, best first, one per listed party, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningQuery query, int max = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        string text = query.Name.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        bool hasDigits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        foreach (Match m in hasDigits ? ImoNumber().Matches(text) : Enumerable.Empty<Match>())
        {
            if (_byImo.TryGetValue(m.Groups[1].Value, out List<DesignatedParty>? parties))
            {
                foreach (DesignatedParty p in parties)
                {
                    string imo = m.Groups[1].Value;
                    Keep(best, new Candidate(p, p.Names[0], 1.0, "imo", () => $"IMO number {imo} is in the listing's text (ship or shipping company number); IMO numbers match exactly."));
                }
            }
        }

        if (query.Type != ScreeningType.Vessel)
        {
            // An IMO number and its label are not name words.
            if (hasDigits)
            {
                text = ImoLabel().Replace(ImoNumber().Replace(text, " "), " ").Trim();
            }

            string note = "";
            bool nasal = false;
            if (Romanization.HasHangul(text))
            {
                string latin = HangulRomanizer.Romanize(text, asPersonName: query.Type != ScreeningType.Entity);
                note = $"Hangul read as '{latin}' (Revised Romanization). ";
                text = latin;
            }

            if (Romanization.HasCyrillic(text))
            {
                string latin = KontsevichCyrillic.ToLatin(text);
                note += $"Cyrillic read as '{latin}' (Kontsevich; final н is n or ng). ";
                text = latin;
                nasal = true;
            }

            List<NameWord> words = NameWord.Of(text);
            foreach (NameWord w in words)
            {
                w.Weight = WeightOf(w);
            }

            if (query.Type != ScreeningType.Entity)
            {
                MatchPersonForms(words, nasal, note, best);
            }

            MatchWords(words, query.Type, nasal, note, best);
            if (query.Type != ScreeningType.Person && words.Count == 1)
            {
                MatchAcronym(words[0], note, best);
            }
        }

        return best.Values
            .Select(c => query.BirthYear is int year ? WithBirthYear(c, year) : c)
            .Where(c => c.Score >= ReportThreshold)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Party.Reference, StringComparer.Ordinal)
            .Take(max)
            .Select(c => new ScreeningMatch(c.Party, c.Matched, c.Score, c.Score >= AlertThreshold, c.Rule, (c.Explain() + c.Note).Trim()))
            .ToList();
    }

    private void MatchPersonForms(List<NameWord> words, bool nasal, string note, Dictionary<string, Candidate> best)
    {
        string[] forms = PreparedName.PersonForms(words);
        for (int o = 0; o < forms.Length; o++)
        {
            string form = forms[o];
            bool familyLast = o == 1;
            Lookup(_byForm, form, f => f, strict: true);
            if (nasal)
            {
                Lookup(_byNasalForm, Romanization.NasalKey(form), Romanization.NasalKey, strict: true);
            }

            Lookup(_byLooseForm, Romanization.LooseKey(form), Romanization.LooseKey, strict: false);

            void Lookup(Dictionary<string, List<int>> index, string key, Func<string, string> fold, bool strict)
            {
                if (!index.TryGetValue(key, out List<int>? hits))
                {
                    return;
                }

                foreach (int i in hits)
                {
                    PreparedName n = _names[i];
                    bool listedFamilyLast = Array.FindIndex(n.Forms, f => fold(f) == key) == 1;
                    double score = SameSpelling(words, n.Words) ? 1.0 : strict ? SameKey : LooseVowel;
                    Keep(best, Capped(n, score, strict ? "name" : "name-loose", () => note + ExplainPerson(words, familyLast, n, listedFamilyLast, strict, nasal)));
                }
            }
        }
    }

    private void MatchWords(List<NameWord> words, ScreeningType type, bool nasal, string note, Dictionary<string, Candidate> best)
    {
        var candidates = new HashSet<int>();
        foreach (NameWord w in words.Where(w => w.Role != WordRole.Stop))
        {
            AddAll(candidates, _byKey, w.Key);
            AddAll(candidates, _byLoose, w.Loose);
            if (nasal)
            {
                AddAll(candidates, _byNasal, w.Nasal);
            }
        }

        foreach (int i in candidates)
        {
            PreparedName n = _names[i];
            if ((type == ScreeningType.Person && n.Party.Kind != PartyKind.Person) || (type == ScreeningType.Entity && n.Party.Kind != PartyKind.Entity))
            {
                continue;
            }

            WordOverlap overlap = WordOverlap.Of(words, n.Words, nasal, explain: false);
            if (overlap.Score < ReportThreshold || (n.IsAcronym && !overlap.AllSameSpelling))
            {
                continue;
            }

            double score = overlap.Score;
            if (n.Party.Kind == PartyKind.Person)
            {
                // Shared words are not the same person unless every word of both names matches.
                score = overlap.AllStrict ? (SameSpelling(words, n.Words) ? 1.0 : Reordered) : Math.Min(score, PartialPersonCap);
            }
            else if (!overlap.AnySignificant)
            {
                score = Math.Min(score, NoSignificantWordCap);
            }

            Keep(best, Capped(n, Math.Round(score, 2), "words", () => note + WordOverlap.Of(words, n.Words, nasal, explain: true).Explanation));
        }
    }

    private void MatchAcronym(NameWord word, string note, Dictionary<string, Candidate> best)
    {
        string acronym = word.Folded;
        if (acronym.Length is < 3 or > 10 || !acronym.All(char.IsAsciiLetter))
        {
            return;
        }

        foreach (int i in _entityNames)
        {
            PreparedName n = _names[i];
            if (n.Words.Count(w => w.Role != WordRole.Stop) < 2 || !Abbreviates(acronym, 0, n.Words, 0, out string spelled))
            {
                continue;
            }

            double score = acronym.Length >= 4 ? Acronym : ShortAcronym;
            Keep(best, Capped(n, score, "acronym", () => note + $"{word.Display.ToUpperInvariant()} is an acronym of {n.Text}: {spelled}."));
        }
    }

    /// <summary>Whether the acronym spells the words' beginnings in order; every significant word must give at least one letter.</summary>
    private static bool Abbreviates(string acronym, int at, List<NameWord> words, int w, out string spelled)
    {
        spelled = "";
        if (at == acronym.Length)
        {
            return words.Skip(w).All(x => x.Role != WordRole.Significant);
        }

        if (w == words.Count)
        {
            return false;
        }

        NameWord word = words[w];
        for (int k = Math.Min(word.Folded.Length, acronym.Length - at); k >= 1; k--)
        {
            if (string.CompareOrdinal(acronym, at, word.Folded, 0, k) == 0 && Abbreviates(acronym, at + k, words, w + 1, out string rest))
            {
                spelled = (word.Folded[..k].ToUpperInvariant() + word.Folded[k..] + " " + rest).Trim();
                return true;
            }
        }

        if (word.Role != WordRole.Significant && Abbreviates(acronym, at, words, w + 1, out string skipped))
        {
            spelled = (word.Folded + " " + skipped).Trim();
            return true;
        }

        return false;
    }

    private static Candidate WithBirthYear(Candidate c, int year)
    {
        if (c.Party.Kind != PartyKind.Person)
        {
            return c;
        }

        if (c.Party.BirthDates.Count == 0)
        {
            return c with { Note = c.Note + string.Create(CultureInfo.InvariantCulture, $" No date of birth is listed to compare with {year}.") };
        }

        string listed = string.Join(", ", c.Party.BirthDates);
        if (c.Party.BirthDates.Any(d => d.Admits(year)))
        {
            return c with { Note = c.Note + string.Create(CultureInfo.InvariantCulture, $" Born {listed}: fits {year}.") };
        }

        // A listed date that does not fit makes another person likelier: below the alert threshold.
        double score = Math.Round(Math.Min(c.Score * 0.75, AlertThreshold - 0.01), 2);
        return c with { Score = score, Note = c.Note + string.Create(CultureInfo.InvariantCulture, $" Born {listed}, not {year}: score lowered.") };
    }

    private static Candidate Capped(PreparedName n, double score, string rule, Func<string> why)
    {
        string note = "";
        if (n.Name.Quality == AliasQuality.Low && score > WeakCap)
        {
            score = WeakCap;
            note = " The alias is of low quality (the list calls it weak): no alert on it alone.";
        }

        return new Candidate(n.Party, n.Name, score, rule, why) { Note = note };
    }

    /// <summary>A match before it is reported: the explanation is written only for those reported.</summary>
    private sealed record Candidate(DesignatedParty Party, ListedName Matched, double Score, string Rule, Func<string> Explain)
    {
        public string Note { get; init; } = "";
    }

    private static string ExplainPerson(List<NameWord> query, bool queryFamilyLast, PreparedName listed, bool listedFamilyLast, bool strict, bool nasal)
    {
        NameWord qFamily = queryFamilyLast ? query[^1] : query[0];
        NameWord lFamily = listedFamilyLast ? listed.Words[^1] : listed.Words[0];
        string qGiven = string.Join(' ', (queryFamilyLast ? query.Take(query.Count - 1) : query.Skip(1)).Select(w => w.Display));
        string lGiven = string.Join(' ', (listedFamilyLast ? listed.Words.Take(listed.Words.Count - 1) : listed.Words.Skip(1)).Select(w => w.Display));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"family name {qFamily.Display} = {lFamily.Display} ({How(qFamily.Folded, lFamily.Folded, qFamily.Key)}); ");
        sb.Append(CultureInfo.InvariantCulture, $"given name {qGiven} = {lGiven} (compared syllable by syllable, hyphens and spaces ignored{(strict ? "" : "; o and u taken as one vowel, as ŏ is often written u")}{(nasal ? "; final n and ng taken as one, as Cyrillic writes both н" : "")}); ");
        sb.Append(queryFamilyLast == listedFamilyLast ? "same name order." : "name order reversed.");
        return sb.ToString();
    }

    private static string How(string a, string b, string key) =>
        string.Equals(a, b, StringComparison.Ordinal) ? "same spelling" : $"same sound key '{key}' under the romanization rules";

    private static bool SameSpelling(List<NameWord> a, List<NameWord> b) =>
        a.Count == b.Count && a.Select(w => w.Folded).Order(StringComparer.Ordinal).SequenceEqual(b.Select(w => w.Folded).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private double WeightOf(NameWord w) => w.Role switch
    {
        WordRole.Stop => 0,
        WordRole.LegalForm => NameWords.LegalFormWeight,
        _ => _weights.TryGetValue(w.Key, out double weight) ? weight : 1,
    };

    private static IEnumerable<(string Text, bool Acronym)> Variants(DesignatedParty party, ListedName name)
    {
        // "FOREIGN TRADE BANK (FTB)": the name without the bracket, and the bracketed acronym as a name of its own.
        yield return (name.Text, false);
        int open = name.Text.IndexOf('(', StringComparison.Ordinal);
        int close = open >= 0 ? name.Text.IndexOf(')', open) : -1;
        if (party.Kind == PartyKind.Entity && open > 0 && close > open)
        {
            string inner = name.Text[(open + 1)..close].Trim();
            yield return (name.Text[..open] + name.Text[(close + 1)..], false);
            if (inner.Length is >= 2 and <= 10 && inner.All(char.IsAsciiLetter))
            {
                yield return (inner, true);
            }
        }
    }

    private static void Keep(Dictionary<string, Candidate> best, Candidate c)
    {
        if (!best.TryGetValue(c.Party.Reference, out Candidate? old) || c.Score > old.Score)
        {
            best[c.Party.Reference] = c;
        }
    }

    private static void AddAll(HashSet<int> into, Dictionary<string, List<int>> index, string key)
    {
        if (index.TryGetValue(key, out List<int>? hits))
        {
            into.UnionWith(hits);
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out List<T>? list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    private static void AddOnce(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out List<int>? list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]{7})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();

    [GeneratedRegex(@"\bIMO\b(\s*(number|no\.?|#)\s*:?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImoLabel();
}
