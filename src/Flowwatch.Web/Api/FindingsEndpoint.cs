using System.ComponentModel;
using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
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
        [Description("Only findings on this partner country, ISO alpha-2 (KP).")] string? partner,
        [Description("Only findings on this reporting country, ISO alpha-2 (RU).")] string? reporter,
        [Description("The least severity listed: low (default), medium or high.")] string? min_severity,
        [Description("Only figures published by this date (yyyy-MM-dd).")] string? as_of,
        [Description("Only figures the store held at this ISO 8601 date or time (UTC).")] string? known_at,
        [Description("true to scan synthetic test data too (findings on it are labelled); false by default.")] string? include_synthetic)
    {
        // The same checks as /api/series; the partner there is required, here it only filters.
        if (!SeriesRequest.TryParse("KP", null, null, null, null, as_of, known_at, include_synthetic, null, out SeriesRequest? when, out string? problem))
        {
            return Results.Problem(title: "Bad findings query", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        Country? p = null, r = null;
        if (!string.IsNullOrWhiteSpace(partner))
        {
            if (!Country.TryParse(partner.AsSpan().Trim(), out Country c))
            {
                return Results.Problem(title: "Bad findings query", detail: $"partner '{partner}' is not an ISO 3166-1 alpha-2 code such as KP.", statusCode: StatusCodes.Status400BadRequest);
            }

            p = c;
        }

        if (!string.IsNullOrWhiteSpace(reporter))
        {
            if (!Country.TryParse(reporter.AsSpan().Trim(), out Country c))
            {
                return Results.Problem(title: "Bad findings query", detail: $"reporter '{reporter}' is not an ISO 3166-1 alpha-2 code such as RU.", statusCode: StatusCodes.Status400BadRequest);
            }

            r = c;
        }

        Severity? min = (min_severity?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "low" => Severity.Low,
            "medium" => Severity.Medium,
            "high" => Severity.High,
            _ => null,
        };
        if (min is null)
        {
            return Results.Problem(title: "Bad findings query", detail: $"min_severity '{min_severity}' is not one of low, medium, high.", statusCode: StatusCodes.Status400BadRequest);
        }

        ObservationQuery query = ObservationQuery.All with { AsOf = when!.Query.AsOf, KnownAt = when.Query.KnownAt, IncludeSynthetic = when.Query.IncludeSynthetic };
        if (query != ObservationQuery.All)
        {
            IReadOnlyList<Finding> found = StoreSnapshot.Scan(store.AsOf(query));
            var filtered = FindingRows.From(found.Where(f => Matches(f, p, r, min.Value)));
            return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(new FindingsDocument { Findings = filtered }, CompactJson.FindingsDocument), "application/json; charset=utf-8");
        }

        StoreSnapshot snapshot = store.Snapshot;
        byte[] body = snapshot.Cached($"findings|{p}|{r}|{min}", (snapshot, p, r, min.Value), static state =>
        {
            var rows = FindingRows.From(state.snapshot.Findings.Where(f => Matches(f, state.p, state.r, state.Item4)));
            return JsonSerializer.SerializeToUtf8Bytes(new FindingsDocument { Findings = rows }, CompactJson.FindingsDocument);
        });
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    private static bool Matches(Finding f, Country? partner, Country? reporter, Severity min) =>
        f.Severity >= min && (partner is not { } p || f.Key.Partner == p) && (reporter is not { } r || f.Key.Reporter == r);
}
