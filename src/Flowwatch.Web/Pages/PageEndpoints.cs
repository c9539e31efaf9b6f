using System.Text;
using Flowwatch.Application.Articles;
using Flowwatch.Web.Data;
using Flowwatch.Web.Safety;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowwatch.Web.Pages;

/// <summary>The server-rendered pages.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder pages = endpoints.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (StoreView store) =>
        {
            // The marks come from the watch state, which moves without the figures moving: they are part of the key.
            ReleaseMarks marks = store.LatestChanges();
            return PageResults.Cached(store.Snapshot, "page|overview|" + marks.Signature, s => OverviewPage.Render(s, marks));
        });
        pages.MapGet("/series", (StoreView store, string? partner, string? reporter, string? dataset, string? by, string? view) =>
            PageResults.Html(SeriesPage.Render(store.Snapshot, partner, reporter, dataset, by, view)));
        pages.MapGet("/sources", (StoreView store) => PageResults.Cached(store.Snapshot, "page|sources", SourcesPage.Render));
        pages.MapGet("/api", () => PageResults.Html(ApiPage.Render()));
        pages.MapGet("/findings", (StoreView store) =>
        {
            ReleaseMarks marks = store.LatestChanges();
            return PageResults.Cached(store.Snapshot, "page|findings|" + marks.Signature, s => FindingsPage.Render(s, marks));
        });
        pages.MapGet("/findings/{id}", (StoreView store, string id) =>
            FindingPage.Render(store.Snapshot, id) is { } html ? PageResults.Html(html) : PageResults.NotFound($"There is no finding {id} in the current store; /findings lists them."));
        pages.MapGet("/articles", (ArticlesView articles) => PageResults.Html(ArticlesPage.Render(articles.Trace)));
        pages.MapGet("/articles/figure", (ArticlesView articles, string? dataset, string? reporter, string? partner, string? breakdown, string? period) =>
            GenealogyPage.Render(articles.Trace, dataset, reporter, partner, breakdown, period) is { } html
                ? PageResults.Html(html)
                : PageResults.NotFound("No stored article states that figure; /articles lists the figures the articles state."));
        pages.MapGet("/check", () => PageResults.Html(CheckPage.Render()));
        pages.MapPost("/check", async (HttpContext context, StoreView store, SanctionsView sanctions) =>
        {
            if (!context.Request.HasFormContentType)
            {
                return PageResults.Html(CheckPage.Render(problem: "Send the article with the form on this page."), StatusCodes.Status400BadRequest);
            }

            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return PageResults.Html(CheckPage.Render(problem: Safety.BodyLimit.TooLarge(context.RequestServices.GetRequiredService<WebSettings>().MaxBodyBytes)), StatusCodes.Status413PayloadTooLarge);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or DecoderFallbackException
                || (e is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status400BadRequest)
                || (e is IOException && !context.RequestAborted.IsCancellationRequested))
            {
                // A body the form reader cannot parse is the client's mistake, not the server's.
                return Results.Problem(title: "Malformed form", detail: FormProblems.Malformed(e), statusCode: StatusCodes.Status400BadRequest);
            }

            if (!CheckPage.TryReadForm(form, out ArticleInput? input, out string? problem))
            {
                return PageResults.Html(CheckPage.Render(problem: problem), StatusCodes.Status400BadRequest);
            }

            return ArticleChecking.TryCheck(input!, store, out CheckedArticle? result, out problem, sanctions)
                ? PageResults.Html(CheckPage.Render(input, result))
                : PageResults.Html(CheckPage.Render(input, problem: problem), StatusCodes.Status400BadRequest);
        }).DisableAntiforgery().LimitChecks();
        return endpoints;
    }
}
