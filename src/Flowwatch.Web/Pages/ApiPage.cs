using Flowwatch.Reports.Html;

namespace Flowwatch.Web.Pages;

/// <summary>A short guide to the HTTP API, pointing at the OpenAPI document.</summary>
internal static class ApiPage
{
    public static string Render()
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>HTTP API</h1>
            <p class="lead">Read-only JSON under <code>/api/</code>, described by the OpenAPI document at <a href="/openapi/v1.json">/openapi/v1.json</a>. Errors come back as RFC 9457 problem details.</p>
            <div class="table-wrap"><table><thead><tr><th>Request</th><th>Answer</th></tr></thead><tbody>
            <tr><td><a href="/api/series?partner=KP&amp;reporter=RU&amp;breakdown=study&amp;by=quarter"><code>GET /api/series?partner=KP&amp;reporter=RU&amp;breakdown=study&amp;by=quarter</code></a></td><td>The figures with flags and sources, as <code>flowwatch series --format json</code>. Filters: partner (required), reporter, dataset, breakdown, by (year, half, quarter, month), as_of, format (json, csv).</td></tr>
            <tr><td><a href="/api/findings"><code>GET /api/findings</code></a></td><td>The findings of the detectors, as <code>flowwatch scan --format json</code>.</td></tr>
            <tr><td><a href="/api/sources"><code>GET /api/sources</code></a></td><td>Ingested files and bundled citations.</td></tr>
            <tr><td><a href="/api/events"><code>GET /api/events</code></a></td><td>Context events drawn on the charts.</td></tr>
            <tr><td><code>POST /api/verify</code></td><td>Body <code>{"{"}"text": "…", "published": "2025-02-05", "lang": "auto"{"}"}</code>: the article's claims and their verdicts, as <code>flowwatch verify --format json</code>.</td></tr>
            </tbody></table></div>
            <pre class="example">curl -s 'http://127.0.0.1:5080/api/series?partner=KP&amp;breakdown=study&amp;by=quarter'
            curl -s -X POST http://127.0.0.1:5080/api/verify -H 'Content-Type: application/json' \
              -d '{"{"}"text": "Fast 8.000 Nordkoreaner reisten 2024 zum Studium nach Russland.", "published": "2025-02-05", "lang": "de"{"}"}'</pre>
            """);
        return Layout.Render("API", "api", html.ToTrusted());
    }
}
