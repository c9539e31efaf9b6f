using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Flowwatch.Reports.Html;

/// <summary>
/// Writes HTML in which markup comes only from the code: the literal parts of <see cref="Add"/>'s
/// interpolated strings, and the element and attribute calls. Every hole and every text or attribute value
/// is encoded; a hole may stand only between tags or inside a quoted attribute value; a URL attribute's value
/// must be safe (<see cref="SafeUrl"/>); event-handler attributes are refused. The one way to copy markup
/// verbatim is a <see cref="TrustedHtml"/>, which only the library makes (another writer's output, our own
/// style sheets). The pages, the findings report and <c>verify --format html</c> are all written with it.
/// </summary>
/// <example><c>html.Add($"&lt;p class=\"lead\"&gt;{article.Title}&lt;/p&gt;")</c> writes the title as text, whatever it holds.</example>
public sealed class SafeHtmlWriter
{
    // All of Unicode stays readable (Cyrillic, Hangul); the encoder still escapes < > & " ' and controls.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly StringBuilder _sb = new(8192);
    private readonly Stack<string> _open = new();
    private readonly MarkupContext _context = new();
    private bool _inTag;

    /// <summary>
    /// Writes an interpolated string: its literal parts, which are code, as they are; each hole encoded
    /// (numbers and dates in the invariant culture), unless it is a <see cref="TrustedHtml"/>.
    /// </summary>
    /// <param name="html">The interpolated string; the compiler builds the handler.</param>
    /// <exception cref="InvalidOperationException">A hole stands where encoding does not make text safe (a tag or attribute name, an unquoted value, a script), a URL hole is not a <see cref="SafeUrl"/>, or the literal writes an event handler.</exception>
    /// <exception cref="ArgumentException">A URL attribute's value is unsafe.</exception>
    public SafeHtmlWriter Add([InterpolatedStringHandlerArgument("")] ref SafeHtmlHandler html)
    {
        _ = html;
        return this;
    }

    /// <summary>Writes the HTML5 doctype.</summary>
    public SafeHtmlWriter Doctype()
    {
        EndTag();
        WriteMarkup("<!doctype html>\n");
        return this;
    }

    /// <summary>Opens an element; attributes may follow until content is written.</summary>
    /// <exception cref="ArgumentException">The name is not a lower-case HTML element name.</exception>
    /// <exception cref="InvalidOperationException">Markup written with <see cref="Add"/> left a tag, a script or a comment open.</exception>
    public SafeHtmlWriter Open(string element)
    {
        CheckName(element, nameof(element));
        EndTag();
        if (!_context.InText)
        {
            throw new InvalidOperationException(HtmlMessages.ElementInside(_context.Where));
        }

        WriteMarkup("<" + element);
        _inTag = true;
        if (!VoidElements.Contains(element))
        {
            _open.Push(element);
        }

        return this;
    }

    /// <summary>Writes an attribute of the element just opened, its value encoded.</summary>
    /// <exception cref="InvalidOperationException">No element is open for attributes, or the attribute's value is code (style).</exception>
    /// <exception cref="ArgumentException">The name is invalid or an event handler, or a URL attribute holds an unsafe URL.</exception>
    public SafeHtmlWriter Attribute(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckName(name, nameof(name));
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            throw new ArgumentException(HtmlMessages.EventHandler(name), nameof(name));
        }

        bool url = MarkupContext.UrlAttributes.Contains(name);
        if (url && !SafeUrl.TryParse(value, out _))
        {
            throw new ArgumentException(HtmlMessages.UnsafeUrl(value), nameof(value));
        }

        if (!_inTag)
        {
            throw new InvalidOperationException(HtmlMessages.AttributeOutsideTag);
        }

        WriteMarkup(" " + name + "=\"");
        WriteText(value, checkedUrl: url);
        WriteMarkup("\"");
        return this;
    }

    /// <summary>Writes the bytes of a PNG image as the <c>src</c> of the element just opened (a base64 data: URI; never text).</summary>
    /// <exception cref="InvalidOperationException">No element is open for attributes.</exception>
    /// <exception cref="ArgumentException">The bytes do not begin with the PNG signature.</exception>
    public SafeHtmlWriter PngSource(ReadOnlySpan<byte> png)
    {
        if (!png.StartsWith(PngSignature))
        {
            throw new ArgumentException(HtmlMessages.NotPng, nameof(png));
        }

        if (!_inTag)
        {
            throw new InvalidOperationException(HtmlMessages.AttributeOutsideTag);
        }

        WriteMarkup(" src=\"");
        _context.EmbeddedUrl();
        // Base64's alphabet (A-Z a-z 0-9 + / =) needs no encoding in a quoted value.
        _sb.Append("data:image/png;base64,").Append(Convert.ToBase64String(png));
        WriteMarkup("\"");
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    /// <exception cref="InvalidOperationException">The text would stand in a tag, a script or a style element.</exception>
    public SafeHtmlWriter Text(string? text)
    {
        EndTag();
        WriteText(text ?? "", checkedUrl: false);
        return this;
    }

    /// <summary>Writes a number with the invariant culture, encoded.</summary>
    public SafeHtmlWriter Text(double value, string format) => Text(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>Opens <paramref name="element"/>, writes <paramref name="text"/> in it and closes it.</summary>
    public SafeHtmlWriter Element(string element, string? text) => Open(element).Text(text).Close();

    /// <summary>A link to <paramref name="url"/>, or the text alone when the URL is not safe to follow (or null).</summary>
    public SafeHtmlWriter Link(string? url, string text)
    {
        if (!SafeUrl.TryParse(url, out SafeUrl safe))
        {
            return Text(text);
        }

        return Open("a").Attribute("href", safe.Value).Text(text).Close();
    }

    /// <summary>Copies markup made by the library itself.</summary>
    /// <exception cref="InvalidOperationException">The markup would stand in a tag or an attribute value.</exception>
    public SafeHtmlWriter Trusted(TrustedHtml html)
    {
        ArgumentNullException.ThrowIfNull(html);
        EndTag();
        WriteTrusted(html);
        return this;
    }

    /// <summary>Writes a line break in the source (not in the page), to keep the output readable.</summary>
    public SafeHtmlWriter Newline()
    {
        EndTag();
        WriteMarkup("\n");
        return this;
    }

    /// <summary>Closes the innermost element opened with <see cref="Open"/>.</summary>
    /// <exception cref="InvalidOperationException">No element is open.</exception>
    public SafeHtmlWriter Close()
    {
        if (_open.Count == 0)
        {
            throw new InvalidOperationException(HtmlMessages.NoElementOpen);
        }

        EndTag();
        WriteMarkup("</" + _open.Pop() + ">");
        return this;
    }

    /// <summary>The markup; every element opened has been closed, and no tag is left open.</summary>
    /// <exception cref="InvalidOperationException">An element, a tag, a script or a comment is still open.</exception>
    public override string ToString()
    {
        if (_open.Count != 0)
        {
            throw new InvalidOperationException(HtmlMessages.StillOpen(_open.Peek()));
        }

        EndTag();
        if (!_context.InText)
        {
            throw new InvalidOperationException(HtmlMessages.EndsInside(_context.Where));
        }

        return _sb.ToString();
    }

    /// <summary>The markup, to be copied into another writer (a section into a page).</summary>
    /// <exception cref="InvalidOperationException">An element, a tag, a script or a comment is still open.</exception>
    public TrustedHtml ToTrusted() => TrustedHtml.FromWriter(ToString());

    /// <summary>Whether a URL is relative, a fragment, or http(s)/mailto: never <c>javascript:</c>, <c>data:</c> or the like.</summary>
    /// <seealso cref="SafeUrl.TryParse"/>
    public static bool IsSafeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return SafeUrl.TryParse(url, out _);
    }

    internal void BeginAdd(int literalLength)
    {
        EndTag();
        _sb.EnsureCapacity(_sb.Length + literalLength + 64);
    }

    internal void WriteMarkup(string markup)
    {
        _context.Markup(markup);
        _sb.Append(markup);
    }

    internal void WriteText(string text, bool checkedUrl)
    {
        _context.Text(text, checkedUrl);
        _sb.Append(Encoder.Encode(text));
    }

    internal void WriteTrusted(TrustedHtml html)
    {
        _context.Trusted();
        // Followed like our literals, so that the writer still knows where it stands after the copy.
        _context.TrustedMarkup(html.Value);
        _sb.Append(html.Value);
    }

    private void EndTag()
    {
        if (_inTag)
        {
            _inTag = false;
            WriteMarkup(">");
        }
    }

    private static void CheckName(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        bool ok = name[0] is >= 'a' and <= 'z' && name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (!ok)
        {
            throw new ArgumentException(HtmlMessages.InvalidName(name), parameter);
        }
    }
}
