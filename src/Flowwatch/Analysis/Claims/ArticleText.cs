using System.Globalization;
using System.Text;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// An article ready for analysis: its front matter (date, lang, url) read, HTML reduced to text, and
/// a map from each character of the analysed text back to the input, so that a claim's offsets point
/// into the input as given. Markdown is read as it stands (its marks are punctuation to the scanner;
/// link targets are skipped as URLs).
/// </summary>
public sealed class ArticleText
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly int _offset;

    private ArticleText(string input, string text, int[]? starts, int[]? ends, int offset, DateOnly? published, string? language, string? url, bool html)
    {
        Input = input;
        Text = text;
        _starts = starts;
        _ends = ends;
        _offset = offset;
        Published = published;
        Language = language;
        Url = url;
        IsHtml = html;
    }

    /// <summary>The input as given.</summary>
    public string Input { get; }

    /// <summary>The input offset where the article begins, after its front matter (0 without one).</summary>
    public int BodyStart { get; private init; }

    /// <summary>The text that is analysed (front matter removed, HTML reduced to text).</summary>
    public string Text { get; }

    /// <summary>The publication date from the front matter, if it had one.</summary>
    public DateOnly? Published { get; }

    /// <summary>The language code from the front matter (<c>lang: ko</c>), if it named one.</summary>
    public string? Language { get; }

    /// <summary>Where the article comes from, if the front matter says.</summary>
    public string? Url { get; }

    /// <summary>True when the input was HTML and was reduced to text.</summary>
    public bool IsHtml { get; }

    /// <summary>Reads an article: a front-matter block first if there is one, then plain text, Markdown or HTML.</summary>
    /// <param name="input">The whole input.</param>
    public static ArticleText Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int bodyStart = ReadFrontMatter(input, out DateOnly? published, out string? language, out string? url);
        bool html = LooksLikeHtml(input, bodyStart);
        if (!html)
        {
            // Plain text and Markdown map one to one: only the front matter's length shifts the offsets.
            string body = input[bodyStart..];
            if (body.Contains('\r', StringComparison.Ordinal))
            {
                body = body.Replace('\r', ' ');
            }

            return new ArticleText(input, body, null, null, bodyStart, published, language, url, false) { BodyStart = bodyStart };
        }

        var text = new StringBuilder(input.Length - bodyStart);
        var starts = new List<int>(input.Length - bodyStart + 1);
        var ends = new List<int>(input.Length - bodyStart + 1);
        ReduceHtml(input, bodyStart, text, starts, ends);
        return new ArticleText(input, text.ToString(), [.. starts], [.. ends], 0, published, language, url, true) { BodyStart = bodyStart };
    }

    /// <summary>The input offset where the analysed character at <paramref name="index"/> begins.</summary>
    public int InputStart(int index) =>
        _starts is null ? Math.Min(_offset + index, Input.Length) : index < _starts.Length ? _starts[index] : Input.Length;

    /// <summary>The input offset just past the analysed character at <paramref name="index"/>.</summary>
    public int InputEnd(int index) =>
        _ends is null ? Math.Min(_offset + index + 1, Input.Length) : index < _ends.Length ? _ends[index] : Input.Length;

    private static int ReadFrontMatter(string input, out DateOnly? published, out string? language, out string? url)
    {
        published = null;
        language = null;
        url = null;
        int i = input.Length > 0 && input[0] == '\uFEFF' ? 1 : 0;
        if (!StartsLine(input, i, "---"))
        {
            return 0;
        }

        int lineStart = NextLine(input, i);
        // The block is short by nature; a missing closing line within 40 lines means it was not front matter.
        for (int line = 0; line < 40 && lineStart < input.Length; line++)
        {
            int next = NextLine(input, lineStart);
            string content = input[lineStart..next].TrimEnd('\r', '\n', ' ');
            if (content == "---")
            {
                return next;
            }

            int colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                string key = content[..colon].Trim().ToLowerInvariant();
                string value = content[(colon + 1)..].Trim().Trim('"', '\'');
                switch (key)
                {
                    case "date":
                    case "published":
                        if (TryParseIsoDate(value, out DateOnly d))
                        {
                            published = d;
                        }

                        break;
                    case "lang":
                    case "language":
                        language = value.ToLowerInvariant();
                        break;
                    case "url":
                    case "source":
                        url = value;
                        break;
                }
            }

            lineStart = next;
        }

        published = null;
        language = null;
        url = null;
        return 0;
    }

    // yyyy-MM-dd by hand: DateOnly.TryParseExact costs more than the rest of reading a short article.
    private static bool TryParseIsoDate(string value, out DateOnly date)
    {
        date = default;
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static bool StartsLine(string input, int i, string marker) =>
        string.CompareOrdinal(input, i, marker, 0, marker.Length) == 0 && input.AsSpan(i + marker.Length).TrimStart(' ').StartsWith("\n", StringComparison.Ordinal)
        || (string.CompareOrdinal(input, i, marker, 0, marker.Length) == 0 && input.AsSpan(i + marker.Length).StartsWith("\r\n", StringComparison.Ordinal));

    private static int NextLine(string input, int i)
    {
        int nl = input.IndexOf('\n', i);
        return nl < 0 ? input.Length : nl + 1;
    }

    private static bool LooksLikeHtml(string input, int start)
    {
        ReadOnlySpan<char> head = input.AsSpan(start, Math.Min(input.Length - start, 4096)).TrimStart();
        return head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<p ", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase);
    }

    // Tags become nothing (block tags a line break), entities their character, script and style their absence.
    private static void ReduceHtml(string input, int start, StringBuilder text, List<int> starts, List<int> ends)
    {
        int i = start;
        while (i < input.Length)
        {
            char c = input[i];
            if (c == '<')
            {
                int close = input.IndexOf('>', i + 1);
                if (close < 0)
                {
                    close = input.Length - 1;
                }

                ReadOnlySpan<char> tag = input.AsSpan(i + 1, close - i - 1).TrimStart('/');
                string name = TagName(tag);
                int after = close + 1;
                if (name is "script" or "style" && !input.AsSpan(i + 1).StartsWith("/", StringComparison.Ordinal))
                {
                    int end = input.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
                    after = end < 0 ? input.Length : NextTagEnd(input, end);
                }

                if (name is "p" or "br" or "div" or "li" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "section" or "article" or "title")
                {
                    text.Append('\n');
                    starts.Add(i);
                    ends.Add(i);
                }

                i = after;
                continue;
            }

            if (c == '&')
            {
                int semi = input.IndexOf(';', i + 1, Math.Min(12, input.Length - i - 1));
                if (semi > 0 && Entity(input.AsSpan(i + 1, semi - i - 1)) is { } decoded)
                {
                    if (decoded != '\u00AD')
                    {
                        text.Append(decoded);
                        starts.Add(i);
                        ends.Add(semi + 1);
                    }

                    i = semi + 1;
                    continue;
                }
            }

            text.Append(c == '\r' ? ' ' : c);
            starts.Add(i);
            ends.Add(i + 1);
            i++;
        }
    }

    private static int NextTagEnd(string input, int from)
    {
        int close = input.IndexOf('>', from);
        return close < 0 ? input.Length : close + 1;
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        int n = 0;
        while (n < tag.Length && n < 12 && char.IsAsciiLetterOrDigit(tag[n]))
        {
            n++;
        }

        return tag[..n].ToString().ToLowerInvariant();
    }

    private static char? Entity(ReadOnlySpan<char> name)
    {
        if (name.Length > 1 && name[0] == '#')
        {
            bool hex = name[1] is 'x' or 'X';
            ReadOnlySpan<char> digits = hex ? name[2..] : name[1..];
            return int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is > 0 and < 0xFFFF
                ? (char)code
                : null;
        }

        return name switch
        {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u00A0',
            "thinsp" => '\u2009',
            "shy" => '\u00AD',
            "ndash" => '–',
            "mdash" => '—',
            "laquo" => '«',
            "raquo" => '»',
            "bdquo" => '„',
            "ldquo" => '“',
            "rdquo" => '”',
            "auml" => 'ä',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "Auml" => 'Ä',
            "Ouml" => 'Ö',
            "Uuml" => 'Ü',
            "szlig" => 'ß',
            _ => null,
        };
    }
}
