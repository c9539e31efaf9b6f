namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Finds designated names in running text: runs of capitalized words (with "of", "the", "and" inside)
/// and Hangul words are screened window by window, and the alerting windows are kept, longest and
/// best first, without overlaps. A lone word is marked only when it is an acronym of four or more
/// capitals (KOMID), since single words (Unsan, Jindallae) are also places and common nouns.
/// </summary>
public static class DesignatedNameFinder
{
    private const int MaxWindow = 8;

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
                    string window = text[start..end];
                    if (i == j && !IsAcronym(window) && !Romanization.HasHangul(window))
                    {
                        continue;
                    }

                    IReadOnlyList<ScreeningMatch> top = screener.Screen(new ScreeningQuery(window), 1);
                    ScreeningMatch? best = top.Count > 0 ? top[0] : null;
                    if (best is { Alert: true })
                    {
                        found.Add(new DesignatedNameMark(start, end, window, best));
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
