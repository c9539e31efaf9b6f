namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// How alike two words of names are, and why: the same spelling (1.00), the same sound under the romanization and
/// spelling rules (0.97), o and u as one vowel (0.90), an initial that starts the other word (0.90), the same
/// consonants for a word read from a script that writes few vowels (0.93), a typing error within the tolerance
/// that grows with the word's length (1 − 0.5 · edits / length), or the last word of a query cut short (0.85).
/// Korean and other syllabic (East Asian) name syllables
/// get no typing-error tolerance: one changed letter there is another syllable, so another name.
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>The least similarity at which two words are paired.</summary>
    public const double PairThreshold = 0.70;

    /// <summary>Why two words are alike.</summary>
    private enum Reason
    {
        None,
        Number,
        Spelling,
        Initial,
        SoundKey,
        Nasal,
        Loose,
        Consonants,
        ConsonantsNear,
        Typo,
        CutShort,
    }

    /// <summary>The similarity of two content words, or 0.</summary>
    public static double Of(NameToken q, NameToken l, bool nasal, bool abjad) => Core(q, l, nasal, abjad, out _, out _);

    /// <summary>Why two words are alike, for people ("same sound key 'pak'", "one letter apart").</summary>
    public static string How(NameToken q, NameToken l, bool nasal, bool abjad)
    {
        Core(q, l, nasal, abjad, out Reason reason, out int edits);
        return reason switch
        {
            Reason.Number => "same number",
            Reason.Spelling => "same spelling",
            Reason.Initial => "initial",
            Reason.SoundKey => $"same sound key '{l.Key}'",
            Reason.Nasal => "same key with final n/ng as one (Cyrillic)",
            Reason.Loose => "o/u respelling",
            Reason.Consonants => "same consonants",
            Reason.ConsonantsNear => "consonants one apart",
            Reason.Typo => edits == 1 ? "one letter apart" : $"{edits} letters apart",
            Reason.CutShort => "cut short",
            _ => "",
        };
    }

    private static double Core(NameToken q, NameToken l, bool nasal, bool abjad, out Reason reason, out int edits)
    {
        edits = 0;
        reason = Reason.None;
        if (q.Role == TokenRole.Number || l.Role == TokenRole.Number)
        {
            bool same = q.Role == l.Role && q.Value == l.Value;
            reason = same ? Reason.Number : Reason.None;
            return same ? 1 : 0;
        }

        if (q.Folded == l.Folded)
        {
            reason = Reason.Spelling;
            return 1;
        }

        if (q.Role == TokenRole.Initial || l.Role == TokenRole.Initial)
        {
            NameToken initial = q.Role == TokenRole.Initial ? q : l, word = q.Role == TokenRole.Initial ? l : q;
            bool starts = word.Folded.Length > 0 && word.Folded[0] == initial.Folded[0];
            reason = starts ? Reason.Initial : Reason.None;
            return starts ? 0.9 : 0;
        }

        if (q.Key == l.Key)
        {
            reason = Reason.SoundKey;
            return 0.97;
        }

        if (nasal && q.Nasal == l.Nasal)
        {
            reason = Reason.Nasal;
            return 0.97;
        }

        if (q.Loose == l.Loose)
        {
            reason = Reason.Loose;
            return 0.9;
        }

        if (abjad)
        {
            if (q.Skeleton.Length >= 2 && q.Skeleton == l.Skeleton)
            {
                reason = Reason.Consonants;
                return 0.93;
            }

            if (Math.Min(q.Skeleton.Length, l.Skeleton.Length) >= 4 && Edits(q.Skeleton, l.Skeleton, 1) <= 1)
            {
                reason = Reason.ConsonantsNear;
                return 0.8;
            }

            return 0;
        }

        if (l.Korean || q.Korean)
        {
            return 0;
        }

        double typo = Typo(q, l, out edits);
        if (typo > 0)
        {
            reason = Reason.Typo;
            return typo;
        }

        // A word cut short at the end of a name (a field too short for it): Belkassem Dr = Belkassem Drissi.
        if (q.Truncated && q.Folded.Length >= 2 && l.Folded.Length > q.Folded.Length + 1 && l.Folded.StartsWith(q.Folded, StringComparison.Ordinal))
        {
            reason = Reason.CutShort;
            return 0.85;
        }

        return 0;
    }

    /// <summary>
    /// Similarity of two words by edit distance on their keys (or their o/u-loose keys, whichever is nearer):
    /// 1 − 0.5 · edits / length, within one edit from 4 letters, two from 6 and three from 13; none below 4.
    /// </summary>
    public static double Typo(NameToken q, NameToken l, out int edits)
    {
        int length = Math.Max(q.Key.Length, l.Key.Length);
        int allowed = AllowedEdits(length);
        edits = 0;
        if (allowed == 0 || Math.Abs(q.Key.Length - l.Key.Length) > allowed)
        {
            return 0;
        }

        edits = Edits(q.Key, l.Key, allowed);
        if (edits > 1)
        {
            edits = Math.Min(edits, Edits(q.Loose, l.Loose, allowed));
        }

        return edits > allowed ? 0 : Math.Round(1 - (0.5 * edits / length), 3);
    }

    /// <summary>How many edits a word of <paramref name="length"/> letters may differ by and still be the same word mistyped.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        < 4 => 0,
        < 6 => 1,
        < 13 => 2,
        _ => 3,
    };

    /// <summary>The optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), or more than <paramref name="max"/>.</summary>
    public static int Edits(string a, string b, int max)
    {
        int n = a.Length, m = b.Length;
        if (Math.Abs(n - m) > max)
        {
            return max + 1;
        }

        Span<int> prev2 = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> row = stackalloc int[m + 1];
        for (int j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                row[j] = v;
                best = Math.Min(best, v);
            }

            if (best > max)
            {
                return max + 1;
            }

            Span<int> t = prev2;
            prev2 = prev;
            prev = row;
            row = t;
        }

        return prev[m];
    }
}
