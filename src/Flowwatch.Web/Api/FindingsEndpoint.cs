using System.ComponentModel;
using System.Text.Json;
using Flowwatch.Application.Queries;
using Flowwatch.Reports;
using Flowwatch.Store;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Api;

/// <summary>GET /api/findings: the detectors' findings, as `flowwatch scan --format json` prints them.</summary>
internal static class FindingsEndpoint
{
    private static readonly FindingJsonContext CompactJson = new(new JsonSerializerOptions { WriteIndented = false });

    public static IEndpointRouteBuilder MapFindings(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/findings", Findings)
            .WithTags("Flowwatch")
            .WithName("GetFindings")
            .WithSummary("The findings of every detector on the store, as `flowwatch scan --format json` prints them.")
            .Produces<FindingsDocument>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static IResult Findings(
        StoreView store,
        [Description("Only findings on this partner country: an ISO alpha-2 code or a name (KP, North Korea).")] string? partner,
        [Description("Only findings on this reporting country: an ISO alpha-2 code or a name (RU, Russia).")] string? reporter,
        [Description("The least severity listed: low (default), medium or high.")] string? min_severity,
        [Description("Only figures published by this date (yyyy-MM-dd).")] string? as_of,
        [Description("Only figures the store held at this ISO 8601 date or time (UTC).")] string? known_at,
        [Description("true to scan synthetic test data too (findings on it are labelled); false by default.")] string? include_synthetic)
    {
        if (!FindingsRequest.TryParse(ApiEndpoints.Parameters, partner, reporter, null, min_severity, as_of, known_at, include_synthetic, out FindingsRequest? request, out string? problem))
        {
            return Results.Problem(title: "Bad findings query", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (request!.Query != ObservationQuery.All)
        {
            var rows = FindingRows.From(store.FindingsQuery.Run(store.AsOf(request.Query), request));
            return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(new FindingsDocument { Findings = rows }, CompactJson.FindingsDocument), "application/json; charset=utf-8");
        }

        StoreSnapshot snapshot = store.Snapshot;
        byte[] body = snapshot.Cached($"findings|{request}", (snapshot, request), static state =>
        {
            var rows = FindingRows.From(FindingsQuery.Filter(state.snapshot.Findings, state.request));
            return JsonSerializer.SerializeToUtf8Bytes(new FindingsDocument { Findings = rows }, CompactJson.FindingsDocument);
        });
        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
