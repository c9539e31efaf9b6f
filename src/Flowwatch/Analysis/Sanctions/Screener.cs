using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Screens names against one or more sanctions lists: any name in any script, by its words (typing errors scaled by
/// word length, initials, words joined or split, any order, titles and legal forms set aside, Arabic and Slavic
/// spelling variants, names read from Cyrillic, Hangul, Arabic, Chinese and other scripts), Korean person names also
/// by their family|given syllable keys in either order, acronyms against their expansion, IMO numbers exactly.
/// Pure: the lists in, matches out.
/// </summary>
/// <remarks>
/// Scores (docs/sanctions.md has the calibration): 1.00 the same name spelled the same; 0.97 the same Korean name
/// after the romanization rules; 0.90 one o/u respelling (ŏ written u); otherwise the word comparison of
/// <see cref="NameComparison"/>; 0.92 an acronym of four letters or more; 0.90 the one distinctive word of an
/// entity's name given alone. A weak (<c>Low</c>) alias, a person matched on only some words, a three-letter acronym
/// or a date of birth that does not fit stay below <see cref="AlertThreshold"/>.
/// </remarks>
public sealed partial class Screener
{
    /// <summary>The score at and above which a match alerts, calibrated on the development data (docs/sanctions.md).</summary>
    public const double AlertThreshold = 0.90;

    /// <summary>Matches below this score are not reported: on the development data none below it was the right party.</summary>
    public const double ReportThreshold = 0.70;

    private const double SameKey = 0.97, LooseVowel = 0.90, WeakCap = 0.85, Acronym = 0.92, ShortAcronym = 0.80, Distinctive = 0.90, SharedDistinctive = 0.80;

    private readonly List<PreparedName> _names = [];
    private readonly Dictionary<string, List<int>> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLooseForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNasalForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DesignatedParty Party, int List)>> _byImo = new(StringComparer.Ordinal);
    private readonly List<int> _entityNames = [];
    private readonly NameIndex _index;

    /// <summary>Prepares <paramref name="list"/> for screening.</summary>
    public Screener(SanctionsList list)
        : this([list ?? throw new ArgumentNullException(nameof(list))])
    {
    }

    /// <summary>Prepares every list in <paramref name="lists"/> for screening; each match says which list it is from.</summary>
    public Screener(IReadOnlyList<SanctionsList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count == 0)
        {
            throw new ArgumentException("Screening needs at least one list.", nameof(lists));
        }

        Lists = lists;
        for (int l = 0; l < lists.Count; l++)
        {
            foreach (DesignatedParty party in lists[l].Parties)
            {
                foreach (ListedName name in party.Names)
                {
                    foreach ((string text, bool acronym) in Variants(party, name))
                    {
                        foreach (NameReading reading in NameScripts.Readings(text, party.Kind == PartyKind.Person))
                        {
                            var prepared = new PreparedName(party, name, text, acronym, l, reading);
                            if (prepared.Words.Count > 0 || prepared.Tokens.Length > 0)
                            {
                                _names.Add(prepared);
                            }
                        }
                    }
                }

                foreach (string imo in party.ImoNumbers)
                {
                    if (!_byImo.TryGetValue(imo, out List<(DesignatedParty, int)>? parties))
                    {
                        _byImo[imo] = parties = [];
                    }

                    parties.Add((party, l));
                }
            }
        }

        for (int i = 0; i < _names.Count; i++)
        {
            PreparedName n = _names[i];
            if (n.Party.Kind != PartyKind.Person && !n.IsAcronym)
            {
                _entityNames.Add(i);
            }

            foreach (string form in n.Forms)
            {
                AddOnce(_byForm, form, i);
                AddOnce(_byLooseForm, Romanization.LooseKey(form), i);
                AddOnce(_byNasalForm, Romanization.NasalKey(form), i);
            }
        }

        _index = new NameIndex(_names);
    }

    /// <summary>The lists screened against.</summary>
    public IReadOnlyList<SanctionsList> Lists { get; }

    /// <summary>The first list screened against (the only one when there is one).</summary>
    public SanctionsList List => Lists[0];

    /// <summary>How many names and aliases (with bracketed acronyms split off, and each reading of a non-Latin name) are indexed.</summary>
    public int NameCount => _names.Count;

    /// <summary>The best matches for the query, best first, one per listed party, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningQuery query, int max = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var best = new Dictionary<(int List, string Reference), Candidate>();
        string text = query.Name.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        bool hasDigits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        foreach (Match m in hasDigits ? ImoNumber().Matches(text) : Enumerable.Empty<Match>())
        {
            string imo = m.Groups[1].Value;
            if (_byImo.TryGetValue(imo, out List<(DesignatedParty Party, int List)>? parties))
            {
                foreach ((DesignatedParty p, int list) in parties)
                {
                    string what = p.Kind == PartyKind.Vessel ? "the vessel's IMO number" : "in the listing's text (ship or shipping company number)";
                    Keep(best, new Candidate(p, list, p.Names[0], 1.0, "imo", () => $"IMO number {imo} is {what}; IMO numbers match exactly."));
                }
            }
        }

        if (hasDigits && ImoLabel().IsMatch(text))
        {
            // An IMO number and its label are not name words.
            text = ImoLabel().Replace(ImoNumber().Replace(text, " "), " ").Trim();
        }

        bool? personName = query.Type switch { ScreeningType.Person => true, ScreeningType.Any => null, _ => false };
        foreach (NameReading reading in NameScripts.Readings(text, personName))
        {
            ScreenReading(reading, query.Type, best);
        }

        return best.Values
            .Select(c => query.BirthYear is int year ? WithBirthYear(c, year) : c)
            .Where(c => c.Score >= ReportThreshold)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.List)
            .ThenBy(c => c.Party.Reference, StringComparer.Ordinal)
            .Take(max)
            .Select(c => Report(c))
            .ToList();
    }

    private ScreeningMatch Report(Candidate c)
    {
        string explanation = (c.Explain() + c.Note).Trim();
        string? common = c.Party.Kind == PartyKind.Person && c.Score >= ReportThreshold ? CommonName(c.Matched.Text) : null;
        if (common is not null)
        {
            explanation += " " + common;
        }

        return new ScreeningMatch(c.Party, c.Matched, c.Score, c.Score >= AlertThreshold, c.Rule, explanation) { List = Lists[c.List], CommonName = common is not null };
    }

    /// <summary>
    /// Why a listed person's name is one many people carry, or null: two or three words, one of them among the commonest
    /// family names (Kim, Lee, Muhammad, Wang ...), the others common too or shared by at least three listed parties.
    /// </summary>
    private string? CommonName(string name)
    {
        NameToken[] words = NameTokenizer.Tokenize(name, person: true).Where(t => t.Role == TokenRole.Word).ToArray();
        if (words.Length is < 2 or > 3)
        {
            return null;
        }

        NameVocabulary vocabulary = NameVocabulary.Default;
        var family = words.Where(t => vocabulary.CommonKeys.Contains(t.Key)).Select(t => t.Display).ToList();
        if (family.Count == 0)
        {
            return null;
        }

        var shared = new List<string>();
        foreach (NameToken t in words.Where(t => !vocabulary.CommonKeys.Contains(t.Key)))
        {
            int holders = _index.PartiesWith(t.Key);
            if (holders < 3)
            {
                return null;
            }

            shared.Add(string.Create(CultureInfo.InvariantCulture, $"{t.Display} is in the names of {holders} listed parties"));
        }

        string why = string.Join("; ", new[] { $"{string.Join(" and ", family)} among the commonest family and given names" }.Concat(shared));
        return $"{name} is a name many people carry ({why}): confirm by date of birth or nationality before acting on the match.";
    }

    private void ScreenReading(NameReading reading, ScreeningType type, Dictionary<(int, string), Candidate> best)
    {
        string note = reading.Note;
        if (type is ScreeningType.Person or ScreeningType.Any)
        {
            MatchPersonForms(NameWord.Of(reading.Latin), reading.Nasal, note, type, best);
        }

        NameToken[]? asPerson = type is ScreeningType.Person or ScreeningType.Any ? NameTokenizer.Tokenize(reading.Latin, person: true) : null;
        NameToken[]? asEntity = type is ScreeningType.Person ? null : NameTokenizer.Tokenize(reading.Latin, person: false);
        foreach (NameToken[]? tokens in new[] { asPerson, asEntity })
        {
            if (tokens is null)
            {
                continue;
            }

            foreach (NameToken t in tokens)
            {
                t.Weight = _index.WeightOf(t);
            }

            // The last word of a screened name may have been cut short by a field too short for it.
            if (tokens.Length >= 2 && tokens[^1].Role == TokenRole.Word)
            {
                tokens[^1].Truncated = true;
            }
        }

        // The person and entity readings differ only where a title, legal form or initial is read differently.
        Dictionary<int, int> candidates = _index.Candidates(asEntity ?? asPerson!, reading.Nasal, reading.Abjad);
        if (asPerson is not null && asEntity is not null && !SameWords(asPerson, asEntity))
        {
            foreach ((int name, int bits) in _index.Candidates(asPerson, reading.Nasal, reading.Abjad))
            {
                candidates[name] = candidates.TryGetValue(name, out int b) ? b | bits : bits;
            }
        }

        int lookups = Math.Max(CountLookups(asPerson), CountLookups(asEntity));
        IReadOnlyList<(int, int, string)>? personCountries = null, entityCountries = null;
        foreach ((int i, int bits) in candidates)
        {
            PreparedName n = _names[i];
            if (!Allowed(type, n.Party.Kind) || (n.IsAcronym && n.Tokens.Length > 1))
            {
                continue;
            }

            // A name reached by one query word of several, when it has several words itself, cannot reach an alert.
            int reached = BitOperations.PopCount((uint)bits);
            if (reached < Math.Min(2, lookups) && _index.ContentCount(i) > 1 && !(lookups == 1))
            {
                continue;
            }

            NameToken[] q = (n.Party.Kind == PartyKind.Person ? asPerson ?? asEntity : asEntity ?? asPerson) ?? [];
            bool abjad = reading.Abjad || n.Reading.Abjad;
            bool nasal = reading.Nasal || n.Reading.Nasal;
            IReadOnlyList<(int, int, string)>? countries = null;
            if (n.Home.Count > 0 && lookups > 1)
            {
                countries = q == asPerson ? personCountries ??= NameComparison.Countries(q) : entityCountries ??= NameComparison.Countries(q);
            }

            NameComparison c = NameComparison.Of(q, n.Tokens, n.Party.Kind == PartyKind.Person, nasal, abjad, n.Home, countries);
            double score = c.Score;
            string rule = c.Exact ? "name" : "words";
            if (n.IsAcronym && !c.Exact)
            {
                continue;
            }

            if (n.Party.Kind != PartyKind.Person && c.OnlyListedWord is { } word && c.OnlyPairSimilarity >= SameKey && q.Count(t => t.IsContent) == 1 && _index.ContentCount(i) > 1)
            {
                // One distinctive word of an entity's name, given alone (Mansudae, Ryonbong): scored as such.
                int holders = _index.PartiesWith(word.Key);
                double distinctive = holders == 1 && word.Key.Length >= 5 && word.Role == TokenRole.Word ? Distinctive : holders <= 3 ? SharedDistinctive : 0;
                if (distinctive > score)
                {
                    score = distinctive;
                    rule = "distinctive-word";
                    string others = string.Join(" ", n.Tokens.Where(t => t.IsContent && t != word).Select(t => t.Display));
                    string heldBy = holders == 1 ? "no other listed party's name has it" : $"{holders} listed parties' names have it";
                    Keep(best, Capped(n, score, rule, () => note + $"{word.Display} alone is the distinctive word of {n.Text} ({heldBy}); the other words ({others}) were not given: confirm the full name."));
                    continue;
                }
            }

            if (score < ReportThreshold)
            {
                continue;
            }

            Keep(best, Capped(n, score, rule, () => note + c.Explain(nasal, abjad)));
        }

        if (type != ScreeningType.Person && asEntity is not null && asEntity.Count(t => t.IsContent) == 1)
        {
            List<NameWord> words = NameWord.Of(reading.Latin);
            if (words.Count == 1)
            {
                MatchAcronym(words[0], note, best);
            }
        }
    }

    private static bool SameWords(NameToken[] a, NameToken[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].IsContent != b[i].IsContent || !string.Equals(a[i].Key, b[i].Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountLookups(NameToken[]? tokens) =>
        tokens is null ? 0 : tokens.Count(t => t.IsContent && (t.Role is TokenRole.Number || (t.Role is TokenRole.Word or TokenRole.Generic && t.Folded.Length >= 3)));

    private static bool Allowed(ScreeningType type, PartyKind kind) => type switch
    {
        ScreeningType.Person => kind == PartyKind.Person,
        ScreeningType.Entity => kind == PartyKind.Entity,
        ScreeningType.Vessel => kind is PartyKind.Vessel or PartyKind.Entity,
        _ => true,
    };

    private void MatchPersonForms(List<NameWord> words, bool nasal, string note, ScreeningType type, Dictionary<(int, string), Candidate> best)
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
                    if (!Allowed(type, n.Party.Kind))
                    {
                        continue;
                    }

                    bool listedFamilyLast = Array.FindIndex(n.Forms, f => fold(f) == key) == 1;
                    double score = SameSpelling(words, n.Words) ? 1.0 : strict ? SameKey : LooseVowel;
                    Keep(best, Capped(n, score, strict ? "name" : "name-loose", () => note + ExplainPerson(words, familyLast, n, listedFamilyLast, strict, nasal)));
                }
            }
        }
    }

    private void MatchAcronym(NameWord word, string note, Dictionary<(int, string), Candidate> best)
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

        return new Candidate(n.Party, n.List, n.Name, score, rule, why) { Note = note };
    }

    /// <summary>A match before it is reported: the explanation is written only for those reported.</summary>
    private sealed record Candidate(DesignatedParty Party, int List, ListedName Matched, double Score, string Rule, Func<string> Explain)
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
        sb.Append(queryFamilyLast == listedFamilyLast ? "same name order; " : "name order reversed; ");
        sb.Append("no word unmatched.");
        return sb.ToString();
    }

    private static string How(string a, string b, string key) =>
        string.Equals(a, b, StringComparison.Ordinal) ? "same spelling" : $"same sound key '{key}' under the romanization rules";

    private static bool SameSpelling(List<NameWord> a, List<NameWord> b) =>
        a.Count == b.Count && a.Select(w => w.Folded).Order(StringComparer.Ordinal).SequenceEqual(b.Select(w => w.Folded).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static IEnumerable<(string Text, bool Acronym)> Variants(DesignatedParty party, ListedName name)
    {
        // "FOREIGN TRADE BANK (FTB)": the name without the bracket, and the bracketed acronym as a name of its own.
        yield return (name.Text, false);

        // "Al-Qa'ida/Islamic Army": two names in one, each a name of its own (not "J/V" or "A/S").
        string[] alternatives = name.Text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Length > 1 && alternatives.All(a => a.Count(char.IsLetter) >= 3))
        {
            foreach (string a in alternatives)
            {
                yield return (a, false);
            }
        }

        int open = name.Text.IndexOf('(', StringComparison.Ordinal);
        int close = open >= 0 ? name.Text.IndexOf(')', open) : -1;
        if (party.Kind != PartyKind.Person && open > 0 && close > open)
        {
            string inner = name.Text[(open + 1)..close].Trim();
            yield return (name.Text[..open] + name.Text[(close + 1)..], false);
            if (inner.Length is >= 2 and <= 10 && inner.All(char.IsAsciiLetter))
            {
                yield return (inner, true);
            }
        }
    }

    private static void Keep(Dictionary<(int, string), Candidate> best, Candidate c)
    {
        var key = (c.List, c.Party.Reference);
        if (!best.TryGetValue(key, out Candidate? old) || c.Score > old.Score)
        {
            best[key] = c;
        }
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
