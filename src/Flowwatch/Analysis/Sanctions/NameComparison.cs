using System.Globalization;
using System.Text;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Compares the words of a screened name with those of a listed name: each word paired with its most similar
/// counterpart (<see cref="TokenSimilarity"/>), words written together or apart paired as one (Sergei Lavrov =
/// SergeiLavrov, Patr ushev = Patrushev), initials with the words they start (JC = Jean-Claude); then scored by
/// the rules in <see cref="Score"/>.
/// </summary>
/// <remarks>
/// Scores (the alert is at <see cref="Screener.AlertThreshold"/>):
/// <list type="bullet">
/// <item>every word paired: the weighted mean of the pair similarities;</item>
/// <item>a person whose listed name has words the query lacks (a patronymic, a middle name): the mean times
/// 0.7 + 0.3 × the share of the listed name's weight that was found, and at most 0.85 unless two words paired;</item>
/// <item>a person's query with words the listed name lacks (father's and grandfather's names, a clan name): the
/// mean times 0.9 + 0.1 × the share of the query's weight that was found;</item>
/// <item>an entity: the weighted Dice coefficient of the two word sets (legal forms weigh nothing, generic business
/// words and numbers little);</item>
/// <item>words on both sides that pair with nothing (Sergey Viktorovich / Ivanovich Lavrov, Saddam Hussein
/// al-Dulaimi / al-Tikriti, Oil / Gas Company) are two different names: at most 0.80; so is a father's name
/// (after bin) paired with a given name, and an ordinal on each side that pairs with nothing (3rd / First Commercial
/// Bank).</item>
/// </list>
/// </remarks>
internal sealed class NameComparison
{
    /// <summary>The most a comparison with a word on each side unpaired scores.</summary>
    public const double ConflictCap = 0.80;

    /// <summary>The most a person matched on one word of a longer listed name scores.</summary>
    public const double PartialCap = 0.85;

    /// <summary>The least similarity at which words joined on one side pair with one word on the other.</summary>
    private const double JoinThreshold = 0.88;

    private readonly List<Pair> _pairs = [];
    private readonly NameToken[] _query;
    private readonly NameToken[] _listed;
    private readonly bool[] _queryUsed;
    private readonly bool[] _listedUsed;

    private NameComparison(NameToken[] query, NameToken[] listed)
    {
        _query = query;
        _listed = listed;
        _queryUsed = new bool[query.Length];
        _listedUsed = new bool[listed.Length];
    }

    /// <summary>The score, 0 to 1.</summary>
    public double Score { get; private set; }

    /// <summary>Whether a word on each side paired with nothing (two different names).</summary>
    public bool Conflict { get; private set; }

    /// <summary>Whether each side has an ordinal the other lacks (3rd and First): two different names, a kind of <see cref="Conflict"/>.</summary>
    public bool NumberConflict { get; private set; }

    /// <summary>Whether every word paired and each pair is spelled alike.</summary>
    public bool Exact { get; private set; }

    /// <summary>How many pairs were made.</summary>
    public int Pairs => _pairs.Count;

    /// <summary>The single listed word a one-word query paired with, if that is all that paired.</summary>
    public NameToken? OnlyListedWord => _pairs.Count == 1 && _pairs[0].Listed.Length == 1 ? _listed[_pairs[0].Listed[0]] : null;

    /// <summary>The similarity of the single pair, when there is one.</summary>
    public double OnlyPairSimilarity => _pairs.Count == 1 ? _pairs[0].Similarity : 0;

    /// <summary>Compares <paramref name="query"/> with <paramref name="listed"/>.</summary>
    /// <param name="query">The screened name's words.</param>
    /// <param name="listed">The listed name's words.</param>
    /// <param name="person">Whether the listed party is a person.</param>
    /// <param name="nasal">Whether the query was read from Kontsevich Cyrillic.</param>
    /// <param name="abjad">Whether the query or the listed name was read from a script that writes few vowels.</param>
    /// <param name="home">The listed party's own countries (ISO codes): the query naming one of them (Foreign Trade Bank
    /// of North Korea) adds nothing that tells parties apart.</param>
    /// <param name="countries">The query's country names (<see cref="Countries"/>).</param>
    public static NameComparison Of(NameToken[] query, NameToken[] listed, bool person, bool nasal, bool abjad, IReadOnlyList<string>? home = null, IReadOnlyList<(int Start, int End, string Country)>? countries = null)
    {
        var c = new NameComparison(query, listed);
        c.PairWords(nasal, abjad);
        c.PairJoined(nasal, abjad);
        if (home is { Count: > 0 } && countries is { Count: > 0 })
        {
            c.SetAsideHome(home, countries);
        }

        c.Rate(person);
        return c;
    }

    /// <summary>Unpaired query words that name one of the listed party's own countries are set aside, as particles are.</summary>
    private void SetAsideHome(IReadOnlyList<string> home, IReadOnlyList<(int Start, int End, string Country)> countries)
    {
        foreach ((int start, int end, string country) in countries)
        {
            if (!home.Contains(country))
            {
                continue;
            }

            bool free = true;
            for (int k = start; k <= end; k++)
            {
                free &= !_queryUsed[k];
            }

            if (free)
            {
                for (int k = start; k <= end; k++)
                {
                    _queryUsed[k] = true;
                    _homeWords.Add(k);
                }
            }
        }
    }

    /// <summary>The runs of one to four query words that name a country (North Korea, DPRK), found once per query.</summary>
    public static IReadOnlyList<(int Start, int End, string Country)> Countries(NameToken[] query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = new List<(int, int, string)>();
        for (int start = 0; start < query.Length; start++)
        {
            if (!query[start].IsContent)
            {
                continue;
            }

            for (int end = Math.Min(query.Length - 1, start + 3); end >= start; end--)
            {
                string words = string.Join(' ', query[start..(end + 1)].Select(t => t.Display));
                if (CountryNames.Default.TryResolve(words, out Country country))
                {
                    found.Add((start, end, country.Code));
                    start = end;
                    break;
                }
            }
        }

        return found;
    }

    private readonly List<int> _homeWords = [];

    private void PairWords(bool nasal, bool abjad)
    {
        Span<(double Sim, int Q, int L)> found = stackalloc (double, int, int)[Math.Min(_query.Length * _listed.Length, 256)];
        int count = 0;
        for (int a = 0; a < _query.Length; a++)
        {
            if (!_query[a].IsContent)
            {
                continue;
            }

            for (int b = 0; b < _listed.Length && count < found.Length; b++)
            {
                if (!_listed[b].IsContent)
                {
                    continue;
                }

                double sim = TokenSimilarity.Of(_query[a], _listed[b], nasal, abjad);
                if (sim >= TokenSimilarity.PairThreshold)
                {
                    found[count++] = (sim, a, b);
                }
            }
        }

        // Best pairs first; among equals, the one nearest its own position (the first Kim with the first Kim).
        Span<(double Sim, int Q, int L)> pairs = found[..count];
        pairs.Sort(static (x, y) => y.Sim != x.Sim ? y.Sim.CompareTo(x.Sim) : Math.Abs(x.Q - x.L).CompareTo(Math.Abs(y.Q - y.L)));
        foreach ((double sim, int a, int b) in pairs)
        {
            if (!_queryUsed[a] && !_listedUsed[b])
            {
                _queryUsed[a] = _listedUsed[b] = true;
                _pairs.Add(new Pair([a], [b], sim));
            }
        }
    }

    /// <summary>Words written together on one side and apart on the other, and initials of several words.</summary>
    private void PairJoined(bool nasal, bool abjad)
    {
        if (!HasFree(_query, _queryUsed) || !HasFree(_listed, _listedUsed))
        {
            return;
        }

        for (int b = 0; b < _listed.Length; b++)
        {
            if (!_listedUsed[b] && _listed[b].IsContent)
            {
                TryJoin(_query, _queryUsed, _listed[b], fromQuery: true, b, nasal, abjad);
            }
        }

        for (int a = 0; a < _query.Length; a++)
        {
            if (!_queryUsed[a] && _query[a].IsContent)
            {
                TryJoin(_listed, _listedUsed, _query[a], fromQuery: false, a, nasal, abjad);
            }
        }
    }

    private void TryJoin(NameToken[] side, bool[] used, NameToken other, bool fromQuery, int otherAt, bool nasal, bool abjad)
    {
        for (int start = 0; start < side.Length; start++)
        {
            if (used[start] || !Joinable(side[start]))
            {
                continue;
            }

            string joined = side[start].Folded;
            string initials = side[start].Folded[..1];
            bool korean = side[start].Korean;
            for (int end = start + 1; end < side.Length && end - start < 4; end++)
            {
                if (used[end] || !Joinable(side[end]))
                {
                    break;
                }

                joined += side[end].Folded;
                initials += side[end].Folded[..1];
                korean |= side[end].Korean;
                double sim = 0;
                if (other.Folded.Length >= 2 && other.Folded == initials)
                {
                    sim = 0.9;
                }
                else if (Math.Abs(joined.Length - other.Folded.Length) <= TokenSimilarity.AllowedEdits(Math.Max(joined.Length, other.Folded.Length)) + 2)
                {
                    // Only words about as long as the other side's word are worth keying.
                    NameToken candidate = NameTokenizer.Word(joined, korean);
                    sim = TokenSimilarity.Of(fromQuery ? candidate : other, fromQuery ? other : candidate, nasal, abjad);
                }

                int[] run = Enumerable.Range(start, end - start + 1).ToArray();
                bool byInitials = sim == 0.9 && other.Folded == initials;
                if (byInitials && !run.All(k => side[k].IsContent))
                {
                    sim = 0;
                }

                string how = byInitials ? "initials" : sim >= 0.97 ? "written together on one side" : "written together on one side, with a typing difference";

                if (sim >= JoinThreshold && run.Any(k => side[k].IsContent))
                {
                    foreach (int k in run)
                    {
                        used[k] = true;
                    }

                    if (fromQuery)
                    {
                        _listedUsed[otherAt] = true;
                        _pairs.Add(new Pair(run, [otherAt], sim, how));
                    }
                    else
                    {
                        _queryUsed[otherAt] = true;
                        _pairs.Add(new Pair([otherAt], run, sim, how));
                    }

                    return;
                }
            }
        }
    }

    private void Rate(bool person)
    {
        double matched = 0, matchedListed = 0, matchedQuery = 0, listedWeight = 0, queryWeight = 0;
        bool exact = true;
        bool patronymClash = false;
        bool queryHasPatronym = _query.Any(t => t.Patronym), listedHasPatronym = _listed.Any(t => t.Patronym);
        foreach (Pair p in _pairs)
        {
            double wl = p.Listed.Sum(b => _listed[b].Weight);
            double wq = p.Query.Sum(a => _query[a].Weight);
            matched += p.Similarity * wl;
            matchedListed += wl;
            matchedQuery += wq;
            exact &= p.Similarity >= 1 && p.Query.Length == 1 && p.Listed.Length == 1 && _query[p.Query[0]].Folded == _listed[p.Listed[0]].Folded;
            if (queryHasPatronym && listedHasPatronym && p.Query.Length == 1 && p.Listed.Length == 1 && _query[p.Query[0]].Patronym != _listed[p.Listed[0]].Patronym)
            {
                patronymClash = true;
            }
        }

        bool queryLeft = false, listedLeft = false, queryConflicts = false, listedConflicts = false, listedLeftMinor = true;
        bool queryOrdinalLeft = false, listedOrdinalLeft = false;
        for (int a = 0; a < _query.Length; a++)
        {
            if (_query[a].IsContent && !_homeWords.Contains(a))
            {
                queryWeight += _query[a].Weight;
                if (!_queryUsed[a])
                {
                    queryLeft = true;
                    queryConflicts |= _query[a].Role is TokenRole.Word or TokenRole.Initial;
                    queryOrdinalLeft |= _query[a].Role is TokenRole.Number && _query[a].Ordinal;
                }
            }
        }

        for (int b = 0; b < _listed.Length; b++)
        {
            if (_listed[b].IsContent)
            {
                listedWeight += _listed[b].Weight;
                if (!_listedUsed[b])
                {
                    listedLeft = true;
                    listedConflicts |= _listed[b].Role is TokenRole.Word or TokenRole.Initial;
                    listedOrdinalLeft |= _listed[b].Role is TokenRole.Number && _listed[b].Ordinal;
                    listedLeftMinor &= _listed[b].Patronym || _listed[b].Role is TokenRole.Initial or TokenRole.Generic or TokenRole.Number;
                }
            }
        }

        // A Korean (or other syllabic) name is its syllables in order: one more, one fewer or another order is another name.
        bool syllabic = person && _listed.Any(t => t.Korean);
        bool syllablesDiffer = syllabic && (queryConflicts || listedConflicts || !SameOrder());
        // An ordinal on each side that pairs with nothing (3rd Commercial Bank, First Commercial Bank) names another
        // institution, however little a number weighs against the other words. A series number is not an ordinal: Fund III
        // and Fund IV, Trust I and Trust II, a vessel numbered 5 and one numbered 6 are members of one family, which name_bench
        // labels matches and an analyst wants to see.
        NumberConflict = queryOrdinalLeft && listedOrdinalLeft;
        Conflict = (queryConflicts && listedConflicts) || patronymClash || syllablesDiffer || NumberConflict;
        Exact = exact && !queryLeft && !listedLeft && _pairs.Count > 0 && !Conflict;
        if (_pairs.Count == 0 || matchedListed <= 0)
        {
            Score = 0;
            return;
        }

        double quality = matched / matchedListed;
        double score;
        if (!person)
        {
            // Unpaired query words weigh what they weigh on the list (their own weight); paired ones what the listed word weighs.
            double unpairedQuery = Math.Max(0, queryWeight - matchedQuery);
            double total = matchedListed + unpairedQuery + listedWeight;
            score = total > 0 ? 2 * matched / total : 0;
        }
        else if (listedLeft)
        {
            // A missing patronymic or initial costs little; a missing name more, by how much of the name is missing.
            double coverage = listedWeight > 0 ? matchedListed / listedWeight : 0;
            score = quality * (listedLeftMinor ? 0.9 + (0.1 * coverage) : 0.7 + (0.3 * coverage));
            if (_pairs.Count < 2)
            {
                score = Math.Min(score, PartialCap);
            }
        }
        else if (queryLeft)
        {
            double coverage = queryWeight > 0 ? Math.Min(1, matchedQuery / queryWeight) : 0;
            score = quality * (0.9 + (0.1 * coverage));

            // A one-word listed name (Hassan) inside a longer query is weak evidence, like a family name alone.
            if (_listed.Count(t => t.IsContent) == 1)
            {
                score = Math.Min(score, PartialCap);
            }
        }
        else
        {
            score = quality;
        }

        if (Conflict)
        {
            // Two different names: at most the share of words they have in common, and never an alert.
            double total = matchedListed + Math.Max(0, queryWeight - matchedQuery) + listedWeight;
            score = Math.Min(Math.Min(score, total > 0 ? 2 * matched / total : 0), ConflictCap);
        }

        Score = Exact ? 1.0 : Math.Round(Math.Min(score, 0.99), 2);
    }

    /// <summary>Which word paired with which and how, and the words on each side that paired with nothing.</summary>
    public string Explain(bool nasal, bool abjad)
    {
        var sb = new StringBuilder("words: ");
        foreach (Pair p in _pairs.OrderBy(p => p.Query[0]))
        {
            string q = string.Join(" ", p.Query.Select(a => _query[a].Display));
            string l = string.Join(" ", p.Listed.Select(b => _listed[b].Display));
            string how;
            if (p.Query.Length == 1 && p.Listed.Length == 1)
            {
                how = TokenSimilarity.How(_query[p.Query[0]], _listed[p.Listed[0]], nasal, abjad);
            }
            else
            {
                how = p.Joined;
            }

            sb.Append(q).Append(" = ").Append(l).Append(" (").Append(how);
            if (p.Listed.Length == 1 && _listed[p.Listed[0]].Patronym)
            {
                sb.Append(", father's name");
            }

            sb.Append("); ");
        }

        if (_homeWords.Count > 0)
        {
            sb.Append("the party's own country named in the query, not compared: ").Append(string.Join(" ", _homeWords.Select(k => _query[k].Display))).Append("; ");
        }

        AppendLeft(sb, _listed, _listedUsed, "listed words not in the query");
        AppendLeft(sb, _query, _queryUsed, "query words not on the listed name");
        string ignored = string.Join(", ", _query.Concat(_listed).Where(t => t.Role is TokenRole.LegalForm or TokenRole.Title).Select(t => t.Display).Distinct(StringComparer.OrdinalIgnoreCase));
        if (ignored.Length > 0)
        {
            sb.Append("legal forms and titles not compared: ").Append(ignored).Append("; ");
        }

        if (NumberConflict)
        {
            sb.Append("a different ordinal number on each side: two different names; ");
        }
        else if (Conflict)
        {
            sb.Append("a word on each side pairs with nothing: two different names; ");
        }

        return sb.ToString().TrimEnd(' ', ';') + ".";
    }

    private static void AppendLeft(StringBuilder sb, NameToken[] tokens, bool[] used, string label)
    {
        var left = new List<string>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!used[i] && tokens[i].IsContent)
            {
                left.Add(tokens[i].Display + (tokens[i].Patronym ? " (father's name)" : tokens[i].Role == TokenRole.Generic ? " (generic, weighs little)" : ""));
            }
        }

        if (left.Count > 0)
        {
            sb.Append(label).Append(": ").Append(string.Join(", ", left)).Append("; ");
        }
    }

    /// <summary>Whether the listed words paired with query words (family name aside) keep their order in the query.</summary>
    private bool SameOrder()
    {
        int family = _listed.Length > 0 && KoreanNames.IsFamilyKey(_listed[0].Key) ? 0 : _listed.Length - 1;

        // The family name pairs with the query's first or last word, never with a given-name syllable.
        int first = Array.FindIndex(_query, t => t.IsContent), end = Array.FindLastIndex(_query, t => t.IsContent);
        Pair? familyPair = _pairs.FirstOrDefault(p => p.Listed.Contains(family));
        if (familyPair is not null && familyPair.Query[0] != first && familyPair.Query[^1] != end)
        {
            return false;
        }

        int last = -1;
        foreach (Pair p in _pairs.Where(p => !p.Listed.Contains(family)).OrderBy(p => p.Listed[0]))
        {
            if (p.Query[0] < last)
            {
                return false;
            }

            last = p.Query[^1];
        }

        return true;
    }

    /// <summary>Content words, and particles inside a name (van der Bilt = Vanderbilt).</summary>
    private static bool Joinable(NameToken t) => t.IsContent || t.Role == TokenRole.Particle;

    private static bool HasFree(NameToken[] tokens, bool[] used)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!used[i] && tokens[i].IsContent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Query words (one or more) paired with listed words (one or more).</summary>
    private sealed record Pair(int[] Query, int[] Listed, double Similarity, string Joined = "");

    /// <inheritdoc/>
    public override string ToString() => Score.ToString("0.00", CultureInfo.InvariantCulture);
}
