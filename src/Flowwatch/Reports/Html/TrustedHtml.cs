namespace Flowwatch.Reports.Html;

/// <summary>
/// A fragment of markup the writer copies as it is. Only the library's own producers can make one
/// (vendored style sheets, an SVG drawn by our chart code), so user text can never reach the page unencoded.
/// </summary>
public sealed class TrustedHtml
{
    private TrustedHtml(string value) => Value = value;

    /// <summary>The markup, copied verbatim.</summary>
    public string Value { get; }

    /// <summary>A style sheet written as a constant in our code; it must not come from input.</summary>
    internal static TrustedHtml FromConstantCss(string css) => new(css);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
