using Flowwatch.Reports.Html;
using Microsoft.AspNetCore.Http;

namespace Flowwatch.Web.Pages;

/// <summary>HTML answers.</summary>
internal static class PageResults
{
    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>A page that depends on the store only: rendered once per store version.</summary>
    public static IResult Cached(Data.StoreSnapshot snapshot, string key, Func<Data.StoreSnapshot, string> render) =>
        Results.Bytes(snapshot.Cached(key, snapshot, s => System.Text.Encoding.UTF8.GetBytes(render(s))), "text/html; charset=utf-8");

    public static IResult NotFound(string message)
    {
        var body = new SafeHtmlWriter();
        body.Add($"""<h1>Not found</h1><p class="lead">{message}</p><p><a href="/">Back to the overview</a></p>""");
        return Html(Layout.Render("Not found", "", body.ToTrusted()), StatusCodes.Status404NotFound);
    }
}
