using Flowwatch.Application.Sanctions;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Pages;

/// <summary>The sanctions pages: the DPRK list with a search box, and one entry.</summary>
internal static class SanctionsPageEndpoints
{
    public static IEndpointRouteBuilder MapSanctionsPages(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder pages = endpoints.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/sanctions", (SanctionsView sanctions, StoreView store, string? q) => PageResults.Html(SanctionsPage.Render(sanctions, store.Snapshot, q)));
        pages.MapGet("/sanctions/{reference}", (SanctionsView sanctions, StoreView store, string reference) =>
            sanctions.List.Find(reference) is { IsDprk: true } party
                ? PageResults.Html(SanctionsPage.Render(sanctions, store.Snapshot, null, party.Reference))
                : sanctions.Find(reference) is { } other
                    ? PageResults.Html(SanctionsPage.Render(sanctions, store.Snapshot, other.Name))
                    : sanctions.Removed.TryGetValue(reference, out RemovedEntry? removed)
                        ? PageResults.Html(RemovedEntryPage.Render(removed))
                        : PageResults.NotFound($"There is no entry {reference} on the sanctions list, nor was there in any stored version; the sanctions page lists the DPRK entries."));
        return endpoints;
    }
}
