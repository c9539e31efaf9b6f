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
        if (word.Length == 0)
        {
            return null;
        }

        Frozen f = _frozen ??= Freeze();
        char head = Fold(word[0]);
        int node = head < f.Root.Length ? f.Root[head] : Child(f, 0, head);
        if (node <= 0)
        {
            return null;
        }

        LexEntry? best = null;
        for (int i = 1; i < word.Length; i++)
        {
            if (f.Stem[node] is { } stem && word.Length - i <= MaxSuffix)
            {
                best = stem;
            }

            int next = Child(f, node, Fold(word[i]));
            if (next < 0)
            {
                return best;
            }

            node = next;
        }

        return f.Exact[node] ?? f.Stem[node] ?? best;
    }

    // Children are sorted: a binary search over the wide nodes near the root, a short scan below.
    private static int Child(Frozen f, int node, char c)
    {
        int lo = f.ChildStart[node], hi = lo + f.ChildCount[node] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            char m = f.ChildChar[mid];
            if (m == c)
            {
                return f.ChildNode[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Lower case, ё as е, ß kept: the forms in the lists are written the same way.</summary>
    public static char Fold(char c)
    {
        // Fast paths for ASCII and the Russian alphabet: every word of every article passes through here.
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= 'А' and <= 'Я')
        {
            return (char)(c + 32);
        }

        if (c is >= 'а' and <= 'я')
        {
            return c;
        }

        // Latin-1 capitals (Ä, Ö, Ü) fold by adding 32, like ASCII; × (U+00D7) is not a letter.
        if (c is >= 'À' and <= 'Þ' && c != '×')
        {
            return (char)(c + 32);
        }

        if (c is >= 'ß' and <= 'ÿ')
        {
            return c;
        }

        c = char.ToLowerInvariant(c);
        return c == 'ё' ? 'е' : c;
    }

    private Frozen? _frozen;

    // Flat arrays for the walk (a linear scan over a node's few children beats hashing); the root is a
    // direct table over Latin and Cyrillic, where most words end their walk;
    // other scripts (Hangul) search the root's children.
    private Frozen Freeze()
    {
        int count = _nodes.Count;
        var f = new Frozen
        {
            Root = new int[0x500],
            ChildStart = new int[count],
            ChildCount = new int[count],
            Exact = new LexEntry?[count],
            Stem = new LexEntry?[count],
        };
        var chars = new List<char>();
        var nodes = new List<int>();
        for (int n = 0; n < count; n++)
        {
            f.Exact[n] = _nodes[n].Exact;
            f.Stem[n] = _nodes[n].Stem;
            f.ChildStart[n] = chars.Count;
            if (_nodes[n].Children is { } children)
            {
                foreach ((char c, int child) in children.OrderBy(p => p.Key))
                {
                    chars.Add(c);
                    nodes.Add(child);
                    if (n == 0 && c < f.Root.Length)
                    {
                        f.Root[c] = child;
                    }
                }

                f.ChildCount[n] = children.Count;
            }
        }

        f.ChildChar = [.. chars];
        f.ChildNode = [.. nodes];
        return f;
    }

    private sealed class Frozen
    {
        public int[] Root = [];
        public int[] ChildStart = [];
        public int[] ChildCount = [];
        public char[] ChildChar = [];
        public int[] ChildNode = [];
        public LexEntry?[] Exact = [];
        public LexEntry?[] Stem = [];
    }

    private sealed class Node
    {
        public Dictionary<char, int>? Children { get; set; }

        public LexEntry? Exact { get; set; }

        public LexEntry? Stem { get; set; }
    }
}
