using System.ComponentModel;
using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
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
        [Description("The least severity listed: low (default), medium or high.")] string? min_severity)
    {
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

        StoreSnapshot snapshot = store.Snapshot;
        byte[] body = snapshot.Cached($"findings|{p}|{r}|{min}", (snapshot, p, r, min.Value), static state =>
        {
            var rows = FindingRows.From(state.snapshot.Findings.Where(f =>
                f.Severity >= state.Item4
                && (state.p is not { } pc || f.Key.Partner == pc)
                && (state.r is not { } rc || f.Key.Reporter == rc)));
            return JsonSerializer.SerializeToUtf8Bytes(new FindingsDocument { Findings = rows }, CompactJson.FindingsDocument);
        });
        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
