namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Finds the listed names worth comparing with a query: by each word's sound key, its o/u and n/ng loose keys, its
/// consonants, its neighbours within the typing-error tolerance (every key's deletion variants, as SymSpell does:
/// two keys within two edits share a variant with two letters deleted), and words written together (the keys of
/// adjacent listed words joined). A name is compared only when enough of the query's words reach it.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLoose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNasal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byJoined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _near = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _parties = new(StringComparer.Ordinal);
    private readonly int[] _contentCount;

    public NameIndex(IReadOnlyList<PreparedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _contentCount = new int[names.Count];
        var partiesByKey = new Dictionary<string, HashSet<(int, string)>>(StringComparer.Ordinal);
        var typoKeys = new HashSet<string>(StringComparer.Ordinal);
        var joinedKeys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            NameToken[] tokens = names[i].Tokens;
            NameToken? previous = null;
            foreach (NameToken t in tokens)
            {
                if (!t.IsContent)
                {
                    continue;
                }

                _contentCount[i]++;
                if (t.Role == TokenRole.Initial)
                {
                    continue;
                }

                AddOnce(_byKey, t.Key, i);
                AddOnce(_byLoose, t.Loose, i);
                AddOnce(_byNasal, t.Nasal, i);
                if (t.Skeleton.Length >= 2)
                {
                    AddOnce(_bySkeleton, t.Skeleton, i);
                }

                if (!t.Korean && t.Role == TokenRole.Word && t.Key.Length >= 4)
                {
                    typoKeys.Add(t.Key);
                }

                if (!partiesByKey.TryGetValue(t.Key, out HashSet<(int, string)>? parties))
                {
                    partiesByKey[t.Key] = parties = [];
                }

                parties.Add((names[i].List, names[i].Party.Reference));
                if (previous is not null)
                {
                    AddOnce(_byJoined, Romanization.Key(previous.Folded + t.Folded, true), i);
                }

                previous = t;
            }

            string whole = string.Concat(tokens.Where(t => t.IsContent || t.Role == TokenRole.Particle).Select(t => t.Folded));
            if (whole.Length > 0)
            {
                string key = Romanization.Key(whole, true);
                AddOnce(_byJoined, key, i);
                if (key.Length >= 8 && !tokens.Any(t => t.Korean))
                {
                    joinedKeys.Add(key);
                }
            }
        }

        foreach (string key in typoKeys)
        {
            foreach (string variant in Deletions(key, twice: key.Length >= 6).Append(key))
            {
                AddVariant(variant, key);
            }
        }

        foreach (string key in joinedKeys)
        {
            foreach (string variant in Deletions(key, twice: false).Append(key))
            {
                AddVariant(variant, key);
            }
        }

        foreach ((string key, HashSet<(int, string)> parties) in partiesByKey)
        {
            _parties[key] = parties.Count;
        }

        // A query word the lists know reaches the listed words within its typing-error tolerance through this table,
        // worked out once here with the same deletions an unknown word makes at query time (two from six letters): the
        // lookup used to try one deletion only for a known word, and lost neighbours two edits away (Mohammed, listed
        // for one party, never reached Muhammad, listed for another).
        foreach (string key in typoKeys)
        {
            var near = new HashSet<string>(StringComparer.Ordinal);
            foreach (string variant in Deletions(key, twice: key.Length >= 6).Append(key))
            {
                if (_deletes.TryGetValue(variant, out List<string>? keys))
                {
                    near.UnionWith(keys.Where(k => WithinTolerance(key, k)));
                }
            }

            _near[key] = [.. near];
        }

        // A word many parties share (Korea, Kim, Trading) tells less about which one is meant.
        foreach (PreparedName n in names)
        {
            foreach (NameToken t in n.Tokens)
            {
                t.Weight = WeightOf(t);
            }
        }
    }

    /// <summary>
    /// Whether two keys are within the typing-error tolerance the comparison allows (<see cref="TokenSimilarity.Typo"/>:
    /// edits on the keys or on their o/u-loose keys). Two keys that share a deletion variant can be up to four edits apart
    /// when each loses two letters; the comparison would pair none of those beyond the tolerance, so the neighbour table
    /// keeps only the ones it would pair (on a 20,000-name list, the rest made most of the names compared).
    /// </summary>
    private static bool WithinTolerance(string a, string b)
    {
        int allowed = TokenSimilarity.AllowedEdits(Math.Max(a.Length, b.Length));
        return string.Equals(a, b, StringComparison.Ordinal)
            || TokenSimilarity.Edits(a, b, allowed) <= allowed
            || TokenSimilarity.Edits(Romanization.LooseKey(a), Romanization.LooseKey(b), allowed) <= allowed;
    }

    /// <summary>How many listed parties have a word with this key (0 when none).</summary>
    public int PartiesWith(string key) => _parties.TryGetValue(key, out int n) ? n : 0;

    /// <summary>The weight of a word: 1 / (1 + ln n) for a word n listed parties share, times its role's share.</summary>
    public double WeightOf(NameToken t)
    {
        double idf = _parties.TryGetValue(t.Key, out int n) && n > 1 ? 1 / (1 + Math.Log(n)) : 1;
        return t.Role switch
        {
            TokenRole.Generic or TokenRole.Number => 0.1,
            TokenRole.Initial => 0.5,
            TokenRole.Word => t.Patronym ? idf * 0.5 : idf,
            _ => 0,
        };
    }

    /// <summary>How many content words the listed name has.</summary>
    public int ContentCount(int name) => _contentCount[name];

    /// <summary>
    /// The names that enough of the query's words reach, with the words that reached each (a bit per query token).
    /// </summary>
    public Dictionary<int, int> Candidates(NameToken[] query, bool nasal, bool abjad)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = new Dictionary<int, int>();
        for (int q = 0; q < query.Length && q < 30; q++)
        {
            NameToken t = query[q];
            if (!t.IsContent || t.Role == TokenRole.Initial)
            {
                continue;
            }

            int bit = 1 << q;
            Add(hits, _byKey, t.Key, bit);
            Add(hits, _byLoose, t.Loose, bit);
            Add(hits, _byJoined, t.Key, bit);
            if (nasal)
            {
                Add(hits, _byNasal, t.Nasal, bit);
            }

            if (abjad && t.Skeleton.Length >= 2)
            {
                Add(hits, _bySkeleton, t.Skeleton, bit);
            }

            if (t.Role == TokenRole.Word && t.Key.Length >= 4)
            {
                if (_near.TryGetValue(t.Key, out string[]? near))
                {
                    foreach (string key in near)
                    {
                        Add(hits, _byKey, key, bit);
                        Add(hits, _byJoined, key, bit);
                    }
                }
                else
                {
                    // An unknown word, or one the lists know only as a Korean syllable word (no typing tolerance there).
                    AddNear(hits, t.Key, t.Key.Length >= 6 && !_parties.ContainsKey(t.Key), bit);
                }
            }

            // Particles written apart that a listed name writes with the word after them (Van Der Meer = Vandermeer).
            if (q > 0 && query[q - 1].Role == TokenRole.Particle)
            {
                int from = q - 1;
                while (from > 0 && query[from - 1].Role == TokenRole.Particle)
                {
                    from--;
                }

                string glued = Romanization.Key(string.Concat(query[from..(q + 1)].Select(x => x.Folded)), true);
                Add(hits, _byKey, glued, bit);
                Add(hits, _byJoined, glued, bit);
            }

            // Two query words written apart that a listed name writes together (Patr ushev, Good Will).
            int next = q + 1;
            while (next < query.Length && !query[next].IsContent)
            {
                next++;
            }

            if (next < query.Length && next < 30 && query[next].Role is TokenRole.Word)
            {
                string joined = Romanization.Key(t.Folded + query[next].Folded, true);
                Add(hits, _byKey, joined, bit | (1 << next));
                if (joined.Length >= 6)
                {
                    AddNear(hits, joined, twice: false, bit | (1 << next));
                }
            }
        }

        return hits;
    }

    /// <summary>The names with a word (or words written together) within the typing-error tolerance of <paramref name="key"/>.</summary>
    /// <remarks>
    /// The deletion variants are built in a stack buffer and looked up as spans: no string is allocated per variant. A
    /// listed key that several variants reach is checked and added once, and only when it is within the tolerance.
    /// </remarks>
    private void AddNear(Dictionary<int, int> hits, string key, bool twice, int bit)
    {
        Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> lookup = _deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        Visit(reached, lookup, key);
        Span<char> one = stackalloc char[key.Length];
        Span<char> two = stackalloc char[key.Length];
        for (int i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            key.AsSpan(0, i).CopyTo(one);
            key.AsSpan(i + 1).CopyTo(one[i..]);
            ReadOnlySpan<char> first = one[..(key.Length - 1)];
            Visit(reached, lookup, first);
            if (!twice)
            {
                continue;
            }

            for (int j = i; j < first.Length; j++)
            {
                if (j > i && first[j] == first[j - 1])
                {
                    continue;
                }

                first[..j].CopyTo(two);
                first[(j + 1)..].CopyTo(two[j..]);
                Visit(reached, lookup, two[..(first.Length - 1)]);
            }
        }

        foreach (string near in reached)
        {
            if (WithinTolerance(key, near))
            {
                Add(hits, _byKey, near, bit);
                Add(hits, _byJoined, near, bit);
            }
        }
    }

    private static void Visit(HashSet<string> reached, Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> variant)
    {
        if (lookup.TryGetValue(variant, out List<string>? keys))
        {
            reached.UnionWith(keys);
        }
    }

    private void AddVariant(string variant, string key)
    {
        if (!_deletes.TryGetValue(variant, out List<string>? keys))
        {
            _deletes[variant] = keys = [];
        }

        if (keys.Count == 0 || keys[^1] != key)
        {
            keys.Add(key);
        }
    }

    /// <summary>Every variant of <paramref name="key"/> with one letter deleted, and with <paramref name="twice"/> also two.</summary>
    private static IEnumerable<string> Deletions(string key, bool twice)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < key.Length; i++)
        {
            string one = key.Remove(i, 1);
            if (seen.Add(one))
            {
                yield return one;
            }

            if (twice)
            {
                for (int j = i; j < one.Length; j++)
                {
                    string two = one.Remove(j, 1);
                    if (seen.Add(two))
                    {
                        yield return two;
                    }
                }
            }
        }
    }

    private static void Add(Dictionary<int, int> hits, Dictionary<string, List<int>> index, string key, int bit)
    {
        if (key.Length == 0 || !index.TryGetValue(key, out List<int>? names))
        {
            return;
        }

        foreach (int n in names)
        {
            hits[n] = hits.TryGetValue(n, out int bits) ? bits | bit : bit;
        }
    }

    private static void AddOnce(Dictionary<string, List<int>> index, string key, int value)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out List<int>? list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }
}
