using Flowwatch.Application.Sanctions;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Pages;

/// <summary>The sanctions pages: every loaded list's entries with a search box, and one entry.</summary>
internal static class SanctionsPageEndpoints
{
    public static IEndpointRouteBuilder MapSanctionsPages(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder pages = endpoints.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/sanctions", (SanctionsView sanctions, StoreView store, string? q, int? list, int? page) =>
            PageResults.Html(SanctionsPage.Render(sanctions, store.Snapshot, q, null, list, page ?? 1)));
        pages.MapGet("/sanctions/{reference}", (SanctionsView sanctions, StoreView store, string reference) =>
            sanctions.Find(reference) is { } party
                ? PageResults.Html(SanctionsPage.Render(sanctions, store.Snapshot, null, party.Reference))
                : sanctions.Removed.TryGetValue(reference, out RemovedEntry? removed)
                    ? PageResults.Html(RemovedEntryPage.Render(removed))
                    : PageResults.NotFound($"There is no entry {reference} on the sanctions lists, nor was there in any stored version; the sanctions page lists every entry."));
        return endpoints;
    }
}
