namespace Flowwatch.Reports.Html;

/// <summary>
/// A URL that is safe to put in <c>href</c> or <c>src</c>: relative, a fragment, or http(s)/mailto, never
/// <c>javascript:</c>, <c>data:</c> or another scheme that runs or embeds something. A URL that comes from
/// data (a citation's address, a rule's source) and begins such an attribute in
/// <see cref="SafeHtmlWriter.Add"/> must be one of these, so the check cannot be forgotten.
/// </summary>
public readonly struct SafeUrl
{
    private readonly string? _value;

    private SafeUrl(string value, bool isWeb)
    {
        _value = value;
        IsWeb = isWeb;
    }

    /// <summary>The URL as given (encoding is the writer's job).</summary>
    public string Value => _value ?? "";

    /// <summary>Whether the URL is absolute with the scheme http or https: an address on the web, not on this site.</summary>
    public bool IsWeb { get; }

    /// <summary>Checks a URL. Never throws.</summary>
    /// <param name="text">The URL; null is not one.</param>
    /// <param name="url">The URL when it is safe; else the default (empty).</param>
    /// <returns>Whether the URL is relative, a fragment, or http(s)/mailto.</returns>
    public static bool TryParse(string? text, out SafeUrl url)
    {
        url = default;
        if (text is null)
        {
            return false;
        }

        // Browsers drop controls and spaces inside a scheme ("java\tscript:"), so test what they would see.
        string seen = new([.. text.Where(ch => !char.IsControl(ch) && !char.IsWhiteSpace(ch))]);
        int colon = seen.IndexOf(':', StringComparison.Ordinal);
        int firstDelimiter = seen.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            url = new SafeUrl(text, isWeb: false);
            return true;
        }

        string scheme = seen[..colon];
        bool web = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
        if (!web && !scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        url = new SafeUrl(text, web);
        return true;
    }

    /// <summary>Checks a URL written in our code (a page's own address).</summary>
    /// <exception cref="ArgumentException">The URL is not safe; the message quotes it.</exception>
    public static SafeUrl Parse(string text) =>
        TryParse(text, out SafeUrl url) ? url : throw new ArgumentException(HtmlMessages.UnsafeUrl(text ?? ""), nameof(text));

    /// <summary>The URL.</summary>
    public override string ToString() => Value;
}
