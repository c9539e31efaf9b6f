namespace Flowwatch.Reports.Html;

/// <summary>
/// A fragment of markup a <see cref="SafeHtmlWriter"/> copies as it is. Only the library's own producers make
/// one: another writer's output (<see cref="SafeHtmlWriter.ToTrusted"/>, a section put into a page) and style
/// sheets written as constants in our code, so user text can never reach a page unencoded.
/// </summary>
public sealed class TrustedHtml
{
    private TrustedHtml(string value) => Value = value;

    /// <summary>The markup, copied verbatim.</summary>
    public string Value { get; }

    /// <summary>
    /// A style sheet written as a constant in our code; it must not come from input. Internal, and visible to
    /// our chart assembly (Flowwatch.Reports, for the findings report's style sheet) rather than public, so no
    /// caller outside our own code can turn a string into markup.
    /// </summary>
    /// <exception cref="ArgumentException">The sheet holds '&lt;', which could close its style element.</exception>
    internal static TrustedHtml FromConstantCss(string css) =>
        css.Contains('<', StringComparison.Ordinal) ? throw new ArgumentException(HtmlMessages.StyleSheetWithMarkup, nameof(css)) : new(css);

    /// <summary>A writer's finished output.</summary>
    internal static TrustedHtml FromWriter(string markup) => new(markup);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
