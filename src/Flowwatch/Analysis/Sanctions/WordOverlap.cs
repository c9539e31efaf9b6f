using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// How much two names share, word by word: the weighted Dice coefficient 2·matched / (query + listed),
/// each query word paired with its best unpaired listed word.
/// </summary>
internal readonly record struct WordOverlap(double Score, bool AllStrict, bool AllSameSpelling, bool AnySignificant, string Explanation)
{
    private const double LooseVowel = 0.9;

    public static WordOverlap Of(List<NameWord> query, List<NameWord> listed, bool nasal, bool explain)
    {
        var used = new bool[listed.Count];
        double matched = 0, queryWeight = 0, listedWeight = listed.Sum(w => w.Weight);
        bool allStrict = query.Count(w => w.Role != WordRole.Stop) == listed.Count(w => w.Role != WordRole.Stop);
        bool anySignificant = false;
        bool sameSpelling = allStrict;
        StringBuilder? why = explain ? new StringBuilder() : null;
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
                sameSpelling = false;
                continue;
            }

            NameWord l = listed[bestAt];
            used[bestAt] = true;
            queryWeight += l.Weight;
            matched += bestSim * l.Weight;
            allStrict &= bestSim >= 1;
            sameSpelling &= q.Folded == l.Folded;
            anySignificant |= l.Role == WordRole.Significant;
            if (explain)
            {
                why!.Append(q.Display).Append(" = ").Append(l.Display).Append(" (").Append(how).Append(l.Role == WordRole.LegalForm ? ", legal form, weighs little" : "").Append("); ");
            }
        }

        for (int j = 0; j < listed.Count && explain; j++)
        {
            if (!used[j] && listed[j].Role != WordRole.Stop)
            {
                why!.Append(listed[j].Display).Append(" unmatched").Append(listed[j].Role == WordRole.LegalForm ? " (legal form, weighs little)" : "").Append("; ");
            }
        }

        double total = queryWeight + listedWeight;
        double score = total > 0 ? 2 * matched / total : 0;
        return new WordOverlap(score, allStrict, sameSpelling && allStrict, anySignificant, explain ? "words: " + why!.ToString().TrimEnd(' ', ';') + "." : "");
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

        return (0, "");
    }
}
