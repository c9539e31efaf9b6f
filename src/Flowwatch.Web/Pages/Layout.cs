using Flowwatch.Reports.Html;

namespace Flowwatch.Web.Pages;

/// <summary>The frame around every page: head, navigation bar, footer, and scripts by file only (the CSP forbids inline ones).</summary>
internal static class Layout
{
    private static readonly (SafeUrl Href, string Label, string Key)[] Nav =
    [
        (SafeUrl.Parse("/"), "Overview", "overview"),
        (SafeUrl.Parse("/findings"), "Findings", "findings"),
        (SafeUrl.Parse("/series"), "Series", "series"),
        (SafeUrl.Parse("/check"), "Check an article", "check"),
        (SafeUrl.Parse("/articles"), "Articles", "articles"),
        (SafeUrl.Parse("/sanctions"), "Sanctions", "sanctions"),
        (SafeUrl.Parse("/sources"), "Sources", "sources"),
        (SafeUrl.Parse("/api"), "API", "api"),
    ];

    public static string Render(string title, string active, TrustedHtml body, params string[] scripts)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Flowwatch</title>
            <link rel="stylesheet" href="/assets/css/site.css">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <header class="topbar">
            <a class="brand" href="/"><span class="brand-mark">◉</span> Flowwatch</a>
            <nav aria-label="Main">
            """);
        foreach ((SafeUrl href, string label, string key) in Nav)
        {
            if (key == active)
            {
                html.Add($"""<a href="{href}" aria-current="page">{label}</a>""");
            }
            else
            {
                html.Add($"""<a href="{href}">{label}</a>""");
            }
        }

        html.Add($"""
            </nav>
            </header>
            <main>
            {body}
            </main>
            <footer>Flowwatch · official migration statistics with their citations · read-only · <a href="/openapi/v1.json">OpenAPI</a></footer>
            """);
        foreach (string script in scripts)
        {
            html.Add($"""<script src="{SafeUrl.Parse(script)}"></script>""");
        }

        html.Add($"</body></html>");
        return html.ToString();
    }
}
