using Flowwatch.Model.Articles;

namespace Flowwatch.Analysis.Trace;

/// <summary>
/// Which sources an article names, and which source an article is: the edges of a genealogy. A source is named when
/// the front matter's <c>cites</c> lists it, or when a sentence with a cue of the article's language ("according to",
/// «по данным», "에 따르면", "laut") names a known source (<see cref="CitationLexicon.Sources"/>) or the outlet of an
/// article of the collection. Names are compared without case and spacing; a name no source lists is its own id.
/// </summary>
public sealed class CitationFinder
{
    private readonly CitationLexicon _lexicon;
    private readonly List<(string Name, string Id)> _names;

    /// <summary>A finder over the lexicon and the outlets of the collection's articles.</summary>
    /// <param name="lexicon">The cues and known sources.</param>
    /// <param name="outlets">The outlets of the articles traced together (each is a source the others may name).</param>
    public CitationFinder(CitationLexicon lexicon, IEnumerable<string> outlets)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(outlets);
        _lexicon = lexicon;
        _names = [.. lexicon.Sources.SelectMany(s => s.Names.Select(n => (Words(n), s.Id)))];
        foreach (string outlet in outlets)
        {
            string id = IdOfName(outlet);
            foreach (string name in NamesIn(outlet))
            {
                if (name.Length >= 3 && !_names.Any(n => n.Name == Words(name)))
                {
                    _names.Add((Words(name), id));
                }
            }
        }

        // The longest name first, so that "Radio Free Asia" is found before "Asia" could be.
        _names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    /// <summary>The id of the source an article is: the known source whose host is the address's or whose name the outlet gives.</summary>
    public string SourceOf(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out Uri? address))
        {
            string host = address.Host.ToLowerInvariant();
            foreach (KnownSource s in _lexicon.Sources)
            {
                if (s.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal)))
                {
                    return s.Id;
                }
            }
        }

        return IdOfName(article.Outlet);
    }

    /// <summary>The ids of the sources the article names, in the order first named, without its own.</summary>
    /// <param name="article">The article (its front matter's <c>cites</c>).</param>
    /// <param name="body">The article's text after its front matter.</param>
    /// <param name="language">The language it was read in.</param>
    public IReadOnlyList<string> Cited(ArticleDocument article, string body, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(body);
        var cited = new List<string>();
        foreach (string name in article.Cites)
        {
            cited.Add(IdOfName(name));
        }

        string[] cues = [.. _lexicon.CuesOf(language ?? "").Select(c => c.ToLowerInvariant())];
        foreach (string sentence in Sentences(body))
        {
            string lower = sentence.ToLowerInvariant();
            if (!cues.Any(c => lower.Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }

            string words = " " + Words(sentence) + " ";
            foreach ((string name, string id) in _names)
            {
                if (Names(words, name))
                {
                    cited.Add(id);
                }
            }
        }

        string own = SourceOf(article);
        return [.. cited.Where(id => id != own).Distinct(StringComparer.Ordinal)];
    }

    private string IdOfName(string name)
    {
        string words = Words(name);
        foreach ((string n, string id) in _names)
        {
            if (n == words)
            {
                return id;
            }
        }

        // "News1 (뉴스1)", "Radio Free Asia Korean (자유아시아방송), column by ...": a known source's name inside the outlet's.
        string padded = " " + words + " ";
        foreach ((string n, string id) in _names)
        {
            if (n.Length >= 3 && Names(padded, n) && _lexicon.Sources.Any(s => s.Id == id))
            {
                return id;
            }
        }

        return string.Concat(words.Where(char.IsLetterOrDigit));
    }

    // Whether the padded words hold the name at the start of a word, followed by at most a short ending: names are
    // inflected (Медиазоны, RFA's) or carry particles (NK뉴스가, 연합뉴스에) but "rfa" is not in "surface".
    private static bool Names(string paddedWords, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (int at = paddedWords.IndexOf(" " + name, StringComparison.Ordinal); at >= 0; at = paddedWords.IndexOf(" " + name, at + 1, StringComparison.Ordinal))
        {
            int end = at + 1 + name.Length;
            int tail = 0;
            while (end + tail < paddedWords.Length && paddedWords[end + tail] != ' ')
            {
                tail++;
            }

            if (tail <= 3)
            {
                return true;
            }
        }

        return false;
    }

    // An outlet's names: the whole, and the parts in brackets or before one ("News1 (뉴스1)" is News1 and 뉴스1).
    private static IEnumerable<string> NamesIn(string outlet)
    {
        yield return outlet;
        int open = outlet.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            yield return outlet[..open].Trim();
            int close = outlet.IndexOf(')', open);
            if (close > open)
            {
                yield return outlet[(open + 1)..close].Trim();
            }
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' or '。')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // Case and punctuation do not tell names apart: lower case, words separated by one space.
    private static string Words(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }
}
