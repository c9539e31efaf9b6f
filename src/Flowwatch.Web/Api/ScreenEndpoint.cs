using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Api;

/// <summary>POST /api/screen: a name in, the listed parties it may be out (the contract of `flowwatch screen --format json`).</summary>
internal static class ScreenEndpoint
{
    /// <summary>No name is longer; longer bodies are refused rather than screened.</summary>
    public const int MaxNameLength = 1000;

    public static IEndpointRouteBuilder MapScreen(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/screen", Screen)
            .WithTags("Flowwatch")
            .WithName("Screen")
            .WithSummary("Screen a name against the UN Security Council sanctions list (1718 DPRK regime and all others).")
            .WithDescription("Body: {\"name\", \"type\" (person|entity|vessel), \"dob\" (year)}. Answer: {\"query\", \"matches\": [{\"reference\", \"name\", \"matched_name\", \"type\", \"score\", \"alert\", \"explanation\"}]}, best first; alert at score >= 0.90.")
            .Accepts<ScreenRequest>("application/json")
            .Produces<ScreeningReport>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    private static async Task<IResult> Screen(HttpContext context, SanctionsView sanctions)
    {
        ScreenRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, ScreenJsonContext.Default.ScreenRequest, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Bad("The body must be JSON like {\"name\": \"Ri Je Son\", \"type\": \"person\", \"dob\": 1938}: " + e.Message);
        }

        if (string.IsNullOrWhiteSpace(body?.Name))
        {
            return Bad("'name' is required: the name to screen.");
        }

        if (body.Name.Length > MaxNameLength)
        {
            return Bad(string.Create(CultureInfo.InvariantCulture, $"'name' has {body.Name.Length:N0} characters; expected a name of at most {MaxNameLength:N0}."));
        }

        if (!ScreeningBatch.TryType(body.Type, out ScreeningType type))
        {
            return Bad($"'type' is '{body.Type}'; expected person, entity, vessel or nothing.");
        }

        string? dob = body.Dob is { ValueKind: JsonValueKind.Number or JsonValueKind.String } d ? d.ToString() : null;
        if (!ScreeningBatch.TryYear(dob, out int? year))
        {
            return Bad($"'dob' is '{dob}'; expected a year of birth such as 1944.");
        }

        var query = new ScreeningQuery(body.Name, type, year);
        return Results.Text(ScreeningReports.ToJson(ScreeningReports.ToReport(query.Name, sanctions.Screening.Screen(query)), oneLine: false), "application/json; charset=utf-8");
    }

    private static IResult Bad(string detail) => Results.Problem(title: "Bad request body", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
