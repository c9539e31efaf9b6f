using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Flowwatch.Reports.Html;

/// <summary>
/// Writes an HTML document in which markup comes only from this writer's element and attribute calls:
/// text and attribute values are always encoded, element and attribute names are checked, event-handler
/// attributes are refused, and URLs in <c>href</c>/<c>src</c> must be relative or http(s)/mailto.
/// The one way to copy markup verbatim is a <see cref="TrustedHtml"/>, which only the library makes.
/// </summary>
public sealed class SafeHtmlWriter
{
    // All of Unicode stays readable (Cyrillic, Hangul); the encoder still escapes < > & " ' and controls.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "action", "formaction", "poster", "cite" };

    private readonly StringBuilder _sb = new(8192);
    private readonly Stack<string> _open = new();
    private bool _inTag;

    /// <summary>Writes the HTML5 doctype.</summary>
    public SafeHtmlWriter Doctype()
    {
        EndTag();
        _sb.Append("<!doctype html>\n");
        return this;
    }

    /// <summary>Opens an element; attributes may follow until content is written.</summary>
    /// <exception cref="ArgumentException">The name is not a lower-case HTML element name.</exception>
    public SafeHtmlWriter Open(string element)
    {
        CheckName(element, nameof(element));
        EndTag();
        _sb.Append('<').Append(element);
        _inTag = true;
        if (!VoidElements.Contains(element))
        {
            _open.Push(element);
        }

        return this;
    }

    /// <summary>Writes an attribute of the element just opened, its value encoded.</summary>
    /// <exception cref="InvalidOperationException">No element is open for attributes.</exception>
    /// <exception cref="ArgumentException">The name is invalid or an event handler, or a URL attribute holds an unsafe URL.</exception>
    public SafeHtmlWriter Attribute(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckName(name, nameof(name));
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Event-handler attribute '{name}' is not allowed.", nameof(name));
        }

        if (UrlAttributes.Contains(name) && !IsSafeUrl(value))
        {
            throw new ArgumentException("The URL's scheme is not http, https or mailto.", nameof(value));
        }

        if (!_inTag)
        {
            throw new InvalidOperationException("Attributes must follow Open before any content.");
        }

        _sb.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    public SafeHtmlWriter Text(string? text)
    {
        EndTag();
        _sb.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    /// <summary>Writes a number with the invariant culture, encoded.</summary>
    public SafeHtmlWriter Text(double value, string format) => Text(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Opens <paramref name="element"/>, writes <paramref name="text"/> in it and closes it.</summary>
    public SafeHtmlWriter Element(string element, string? text) => Open(element).Text(text).Close();

    /// <summary>A link to <paramref name="url"/>, or the text alone when the URL is not safe to follow.</summary>
    public SafeHtmlWriter Link(string? url, string text)
    {
        if (url is null || !IsSafeUrl(url))
        {
            return Text(text);
        }

        return Open("a").Attribute("href", url).Text(text).Close();
    }

    /// <summary>Copies markup made by the library itself.</summary>
    public SafeHtmlWriter Trusted(TrustedHtml html)
    {
        ArgumentNullException.ThrowIfNull(html);
        EndTag();
        _sb.Append(html.Value);
        return this;
    }

    /// <summary>Writes a line break in the source (not in the page), to keep the output readable.</summary>
    public SafeHtmlWriter Newline()
    {
        EndTag();
        _sb.Append('\n');
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    /// <exception cref="InvalidOperationException">No element is open.</exception>
    public SafeHtmlWriter Close()
    {
        if (_open.Count == 0)
        {
            throw new InvalidOperationException("No element is open.");
        }

        EndTag();
        _sb.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>The document; every element opened has been closed.</summary>
    /// <exception cref="InvalidOperationException">An element is still open.</exception>
    public override string ToString()
    {
        if (_open.Count != 0)
        {
            throw new InvalidOperationException($"Element <{_open.Peek()}> is still open.");
        }

        EndTag();
        return _sb.ToString();
    }

    /// <summary>Whether a URL is relative, a fragment, or http(s)/mailto: never <c>javascript:</c>, <c>data:</c> or the like.</summary>
    public static bool IsSafeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Browsers drop controls and spaces inside a scheme ("java\tscript:"), so test what they would see.
        string seen = new([.. url.Where(ch => !char.IsControl(ch) && !char.IsWhiteSpace(ch))]);
        int colon = seen.IndexOf(':', StringComparison.Ordinal);
        int firstDelimiter = seen.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        string scheme = seen[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    private void EndTag()
    {
        if (_inTag)
        {
            _sb.Append('>');
            _inTag = false;
        }
    }

    private static void CheckName(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        bool ok = name[0] is >= 'a' and <= 'z' && name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (!ok)
        {
            throw new ArgumentException($"'{name}' is not a valid HTML name.", parameter);
        }
    }
}
