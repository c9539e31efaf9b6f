using Flowwatch.Reports.Html;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>/findings: every finding in the store, in the overview's order and rendering, none folded away.</summary>
internal static class FindingsPage
{
    public static string Render(StoreSnapshot snapshot, ReleaseMarks marks)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Findings</h1>
            <p class="lead">What the detectors found in the store, most severe first; each links to its evidence and citations.</p>
            """);
        html.Trusted(FindingsSection.Render(snapshot, marks, shown: int.MaxValue));
        return Layout.Render("Findings", "findings", html.ToTrusted());
    }
}
