namespace Flowwatch.Analysis.Claims;

/// <summary>
/// A case-insensitive word lookup that also knows stems: an entry added as "учеб*" matches "учебы" and
/// "учебе" (up to <see cref="MaxSuffix"/> more letters). One walk over the word's characters, no
/// allocation, so every word of an article can be looked up (the benchmark runs thousands of articles a second).
/// </summary>
internal sealed class WordTrie
{
    public const int MaxSuffix = 8;

    private readonly List<Node> _nodes = [new Node()];

    public void Add(string form, LexEntry entry)
    {
        bool stem = form.EndsWith('*');
        ReadOnlySpan<char> word = stem ? form.AsSpan(0, form.Length - 1) : form.AsSpan();
        int node = 0;
        foreach (char raw in word)
        {
            char c = Fold(raw);
            Node n = _nodes[node];
            n.Children ??= [];
            if (!n.Children.TryGetValue(c, out int next))
            {
                next = _nodes.Count;
                _nodes.Add(new Node());
                n.Children[c] = next;
            }

            node = next;
        }

        // The first meaning added wins, so specific lists can be added before general ones.
        if (stem)
        {
            _nodes[node].Stem ??= entry;
        }
        else
        {
            _nodes[node].Exact ??= entry;
        }
    }

    /// <summary>The entry for a word: an exact form first, else the longest stem that leaves a short enough suffix.</summary>
    public LexEntry? Find(ReadOnlySpan<char> word)
    {
        int node = 0;
        LexEntry? best = null;
        for (int i = 0; i < word.Length; i++)
        {
            Node n = _nodes[node];
            if (n.Stem is not null && word.Length - i <= MaxSuffix && i > 0)
            {
                best = n.Stem;
            }

            if (n.Children is null || !n.Children.TryGetValue(Fold(word[i]), out node))
            {
                return best;
            }
        }

        Node last = _nodes[node];
        return last.Exact ?? last.Stem ?? best;
    }

    /// <summary>Lower case, ё as е, ß kept: the forms in the lists are written the same way.</summary>
    public static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        return c == 'ё' ? 'е' : c;
    }

    private sealed class Node
    {
        public Dictionary<char, int>? Children { get; set; }

        public LexEntry? Exact { get; set; }

        public LexEntry? Stem { get; set; }
    }
}
