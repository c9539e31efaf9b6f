namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Finds designated names in running text: runs of capitalized words (with "of", "the", "and" inside)
/// and Hangul words are screened window by window, and the alerting windows are kept, longest and
/// best first, without overlaps. A lone word is marked only when it is an acronym of four or more
/// capitals (KOMID), since single words (Unsan, Jindallae) are also places and common nouns. A window that
/// does not alert as written is screened again with its words read back from their inflected forms
/// (Russian cases, Korean particles, a German or English genitive: <see cref="NameInflection"/>), and the
/// mark covers the words as the text writes them.
/// </summary>
public static class DesignatedNameFinder
{
    private const int MaxWindow = 8;

    // Readings of one window tried at most: three inflected Cyrillic words with three readings each fit.
    private const int MaxReadings = 64;

    /// <summary>The marks in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<DesignatedNameMark> Find(string text, Screener screener)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(screener);
        var found = new List<DesignatedNameMark>();
        foreach (List<(int Start, int End)> run in Runs(text))
        {
            for (int i = 0; i < run.Count; i++)
            {
                if (IsStopWord(text, run[i]))
                {
                    continue;
                }

                for (int j = i; j < Math.Min(run.Count, i + MaxWindow); j++)
                {
                    if (IsStopWord(text, run[j]))
                    {
                        continue;
                    }

                    int start = run[i].Start, end = run[j].End;
                    ScreeningMatch? best = BestAlert(text, run.GetRange(i, j - i + 1), screener);
                    if (best is not null)
                    {
                        found.Add(new DesignatedNameMark(start, end, text[start..end], best));
                    }
                }
            }
        }

        var kept = new List<DesignatedNameMark>();
        foreach (DesignatedNameMark m in found.OrderByDescending(m => m.End - m.Start).ThenByDescending(m => m.Match.Score))
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End))
            {
                kept.Add(m);
            }
        }

        return kept.OrderBy(m => m.Start).ToList();
    }

    /// <summary>
    /// The best alert for the window of <paramref name="words"/>: as written first, then with its words read back
    /// from their inflected forms (<see cref="NameInflection"/>), at most <see cref="MaxReadings"/> readings. A single
    /// word is screened only as an acronym or in Hangul.
    /// </summary>
    private static ScreeningMatch? BestAlert(string text, List<(int Start, int End)> words, Screener screener)
    {
        int start = words[0].Start, end = words[^1].End;
        var forms = new List<IReadOnlyList<string>>(words.Count);
        for (int k = 0; k < words.Count; k++)
        {
            string word = text[words[k].Start..words[k].End];
            forms.Add([word, .. NameInflection.Readings(word, last: k == words.Count - 1)]);
        }

        ScreeningMatch? best = null;
        foreach (string reading in Readings(text, start, words, forms).Take(MaxReadings))
        {
            if (words.Count == 1 && !IsAcronym(reading) && !Romanization.HasHangul(reading))
            {
                continue;
            }

            IReadOnlyList<ScreeningMatch> top = screener.Screen(new ScreeningQuery(reading), 1);
            if (top.Count > 0 && top[0].Alert && (best is null || top[0].Score > best.Score))
            {
                best = top[0];
            }

            if (best is not null && reading == text[start..end])
            {
                return best; // as written: no reading of the inflected forms needed
            }
        }

        return best;
    }

    // The window's text with each word replaced by one of its forms, as written first.
    private static IEnumerable<string> Readings(string text, int start, List<(int Start, int End)> words, List<IReadOnlyList<string>> forms)
    {
        var choice = new int[words.Count];
        while (true)
        {
            var reading = new System.Text.StringBuilder();
            int at = start;
            for (int k = 0; k < words.Count; k++)
            {
                reading.Append(text, at, words[k].Start - at).Append(forms[k][choice[k]]);
                at = words[k].End;
            }

            yield return reading.ToString();
            int w = words.Count - 1;
            while (w >= 0 && ++choice[w] == forms[w].Count)
            {
                choice[w--] = 0;
            }

            if (w < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Runs of name-like words, broken at punctuation and at lower-case words other than link words.</summary>
    private static IEnumerable<List<(int Start, int End)>> Runs(string text)
    {
        var run = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
                {
                    i++;
                }

                var word = (start, i);
                bool nameLike = char.IsUpper(text[start]) || char.IsDigit(text[start]) || Romanization.HasHangul(text[start..i]);
                if (nameLike || (run.Count > 0 && IsLinkWord(text, word)))
                {
                    run.Add(word);
                }
                else
                {
                    foreach (List<(int, int)> r in Flush(run))
                    {
                        yield return r;
                    }
                }

                continue;
            }

            if (!char.IsWhiteSpace(c) || c is '\n' or '\r')
            {
                foreach (List<(int, int)> r in Flush(run))
                {
                    yield return r;
                }
            }

            i++;
        }

        foreach (List<(int, int)> r in Flush(run))
        {
            yield return r;
        }
    }

    private static IEnumerable<List<(int, int)>> Flush(List<(int, int)> run)
    {
        if (run.Count > 0)
        {
            var copy = new List<(int, int)>(run);
            run.Clear();
            yield return copy;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsLinkWord(string text, (int Start, int End) w) => char.IsLower(text[w.Start]) && IsStopWord(text, w);

    // A name neither starts nor ends with "The" or "of", whatever the case.
    private static bool IsStopWord(string text, (int Start, int End) w) =>
        NameWords.RoleOf(Romanization.Fold(text[w.Start..w.End])) == WordRole.Stop;

    private static bool IsAcronym(string word) => word.Length >= 4 && word.All(c => char.IsAsciiLetterUpper(c));
}
