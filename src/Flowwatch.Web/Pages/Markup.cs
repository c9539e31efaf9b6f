namespace Flowwatch.Web.Pages;

/// <summary>A fragment of HTML that is already safe: built by <see cref="HtmlWriter"/> or a literal in code.</summary>
internal readonly record struct Markup(string Value)
{
    public override string ToString() => Value;
}
