using System.Text.Json;
using Flowwatch.Application.Articles;
using Flowwatch.Reports;
using Flowwatch.Web.Data;
using Flowwatch.Web.Safety;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Api;

/// <summary>POST /api/verify: an article in, its statistical claims and their verdicts out.</summary>
internal static class VerifyEndpoint
{
    public static IEndpointRouteBuilder MapVerify(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/verify", Verify)
            .WithTags("Flowwatch")
            .WithName("Verify")
            .WithSummary("Check the numbers an article states against the official figures.")
            .WithDescription($"Body: {{\"text\", \"published\" (ISO date), \"lang\" ({string.Join("|", Application.Queries.RequestParameters.ArticleLanguages)})}}. Answer: the claims contract of `flowwatch verify --format json`; with ?format=claimreview, one schema.org ClaimReview (JSON-LD) per claim, as `verify --format claimreview`.")
            .Accepts<VerifyRequest>("application/json")
            .Produces<ClaimReport>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .LimitChecks();
        return endpoints;
    }

    private static async Task<IResult> Verify(HttpContext context, StoreView store, SanctionsView sanctions, ArticlesView articles)
    {
        string? format = context.Request.Query["format"];
        if (format is not (null or "" or "json" or "claimreview"))
        {
            return Results.Problem(title: "Bad format", detail: $"format '{format}' is not json or claimreview.", statusCode: StatusCodes.Status400BadRequest);
        }

        VerifyRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, WebJsonContext.Default.VerifyRequest, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Results.Problem(title: "Bad request body", detail: "The body must be JSON like {\"text\": \"...\", \"published\": \"2025-02-05\", \"lang\": \"auto\"}: " + e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!TryRead(body?.Text, body?.Published, body?.Lang, out ArticleInput? input, out string? problem))
        {
            return Results.Problem(title: "Bad request body", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        bool review = format == "claimreview";
        return ArticleChecking.TryCheck(input!, store, out CheckedArticle? result, out problem, sanctions, review ? articles : null)
            ? Results.Text(result!.Json, review ? "application/ld+json; charset=utf-8" : "application/json; charset=utf-8")
            : Results.Problem(title: "The article could not be checked", detail: problem, statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>The article request of the API and the check page's form (<see cref="ArticleInput.TryParse"/>).</summary>
    internal static bool TryRead(string? text, string? published, string? lang, out ArticleInput? input, out string? problem) =>
        ArticleInput.TryParse(ApiEndpoints.Parameters, text, published, lang, out input, out problem);
}
