using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// How much two names share, word by word: the weighted Dice coefficient 2·matched / (query + listed),
/// each query word paired with its best unpaired listed word.
/// </summary>
internal readonly record struct WordOverlap(double Score, bool AllStrict, bool AnySignificant, string Explanation)
{
    private const double LooseVowel = 0.9, OneEdit = 0.85;

    public static WordOverlap Of(List<NameWord> query, List<NameWord> listed, bool nasal)
    {
        var used = new bool[listed.Count];
        double matched = 0, queryWeight = 0, listedWeight = listed.Sum(w => w.Weight);
        bool allStrict = query.Count(w => w.Role != WordRole.Stop) == listed.Count(w => w.Role != WordRole.Stop);
        bool anySignificant = false;
        var why = new StringBuilder();
        foreach (NameWord q in query)
        {
            if (q.Role == WordRole.Stop)
            {
                continue;
            }

            int bestAt = -1;
            double bestSim = 0;
            string how = "";
            for (int j = 0; j < listed.Count; j++)
            {
                if (used[j])
                {
                    continue;
                }

                (double sim, string h) = Similarity(q, listed[j], nasal);
                if (sim > bestSim)
                {
                    (bestAt, bestSim, how) = (j, sim, h);
                }
            }

            if (bestAt < 0)
            {
                queryWeight += q.Weight;
                allStrict = false;
                continue;
            }

            NameWord l = listed[bestAt];
            used[bestAt] = true;
            queryWeight += l.Weight;
            matched += bestSim * l.Weight;
            allStrict &= bestSim >= 1;
            anySignificant |= l.Role == WordRole.Significant;
            why.Append(q.Display).Append(" = ").Append(l.Display).Append(" (").Append(how).Append(l.Role == WordRole.LegalForm ? ", legal form, weighs little" : "").Append("); ");
        }

        for (int j = 0; j < listed.Count; j++)
        {
            if (!used[j] && listed[j].Role != WordRole.Stop)
            {
                why.Append(listed[j].Display).Append(" unmatched").Append(listed[j].Role == WordRole.LegalForm ? " (legal form, weighs little)" : "").Append("; ");
            }
        }

        double total = queryWeight + listedWeight;
        double score = total > 0 ? 2 * matched / total : 0;
        return new WordOverlap(score, allStrict, anySignificant, "words: " + why.ToString().TrimEnd(' ', ';') + ".");
    }

    private static (double, string) Similarity(NameWord q, NameWord l, bool nasal)
    {
        if (q.Folded == l.Folded)
        {
            return (1, "same spelling");
        }

        if (q.Key == l.Key)
        {
            return (1, $"same sound key '{l.Key}'");
        }

        if (nasal && q.Nasal == l.Nasal)
        {
            return (1, "same key with final n/ng as one (Cyrillic)");
        }

        if (q.Loose == l.Loose)
        {
            return (LooseVowel, "o/u respelling");
        }

        if (q.Key.Length >= 6 && l.Key.Length >= 6 && WithinOneEdit(q.Key, l.Key))
        {
            return (OneEdit, "one letter apart");
        }

        return (0, "");
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
