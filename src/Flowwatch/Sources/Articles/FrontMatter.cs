using System.Globalization;

namespace Flowwatch.Sources.Articles;

/// <summary>
/// The block of <c>key: value</c> lines between two <c>---</c> lines that opens an article file (as in Jekyll and Hugo):
/// its keys in lower case, each with the value and the line it was on, and where the article's own text begins.
/// </summary>
public sealed class FrontMatter
{
    // The block is short by nature; a file whose first line is --- but that has no closing line within this many lines
    // does not open with front matter (the same bound the claim reader's ArticleText uses).
    private const int MaxLines = 40;

    private readonly Dictionary<string, (string Value, int Line)> _values;

    private FrontMatter(Dictionary<string, (string Value, int Line)> values, int bodyStart)
    {
        _values = values;
        BodyStart = bodyStart;
    }

    /// <summary>The character offset where the article's text begins, after the closing line.</summary>
    public int BodyStart { get; }

    /// <summary>Whether <paramref name="text"/> opens with a front-matter block (a byte-order mark may come first).</summary>
    public static bool Opens(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.StartsWith("---", StringComparison.Ordinal) && text[3..].TrimStart(" \t\r").StartsWith("\n", StringComparison.Ordinal);
    }

    /// <summary>Reads the block that opens <paramref name="text"/>; null when it does not open with one or never closes.</summary>
    public static FrontMatter? TryRead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Opens(text))
        {
            return null;
        }

        var values = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        int at = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        for (int line = 2; line < MaxLines + 2 && at < text.Length; line++)
        {
            int newline = text.IndexOf('\n', at);
            int next = newline < 0 ? text.Length : newline + 1;
            string content = text[at..next].TrimEnd('\r', '\n', ' ', '\t');
            if (content == "---")
            {
                return new FrontMatter(values, next);
            }

            int colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                string key = content[..colon].Trim().ToLowerInvariant();
                string value = content[(colon + 1)..].Trim().Trim('"', '\'').Trim();
                values.TryAdd(key, (value, line));
            }

            at = next;
        }

        return null;
    }

    /// <summary>The value of the first of <paramref name="keys"/> that the block gives and is not blank, with its line; null when none.</summary>
    public (string Value, int Line)? Get(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (string key in keys)
        {
            if (_values.TryGetValue(key, out (string Value, int Line) v) && v.Value.Length > 0)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Reads an ISO day (<c>yyyy-MM-dd</c>); a time after it (<c>2025-02-10T08:00</c>) is allowed and dropped.</summary>
    public static bool TryParseDay(string value, out DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(value);
        day = default;
        return value.Length >= 10 && (value.Length == 10 || value[10] is 'T' or ' ')
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
