using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>The overview's list of findings by severity.</summary>
internal static class FindingsSection
{
    public static Markup Render(StoreSnapshot snapshot)
    {
        _ = snapshot;
        var html = new HtmlWriter();
        html.Add($"""
            <section><h2>Findings</h2>
            <p class="muted">This build does not include the detectors (<code>flowwatch scan</code>) yet; the series and their citations are below.</p>
            </section>
            """);
        return html.ToMarkup();
    }
}
