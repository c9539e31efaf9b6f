using System.Globalization;
using System.Threading.RateLimiting;
using Flowwatch.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Flowwatch.Web.Safety;

/// <summary>
/// Bounds the article checks running at once (<c>POST /api/verify</c>, <c>POST /check</c>): a check of a long paste takes
/// memory in proportion to it, so ten at once took 3 GB. A few run, a few wait their turn, and the rest are told to
/// come back: 503 with <c>Retry-After</c>, before their body is read.
/// </summary>
internal static class CheckLimit
{
    /// <summary>The rate-limiting policy the checking endpoints name.</summary>
    public const string Policy = "article-checks";

    /// <summary>Seconds a refused client is asked to wait: about one long check.</summary>
    public const int RetryAfterSeconds = 5;

    public static string Busy(int running) => string.Create(CultureInfo.InvariantCulture,
        $"The server is checking as many articles as it takes at once ({running} running, more waiting). Try again in {RetryAfterSeconds} seconds.");

    public static IServiceCollection AddCheckLimit(this IServiceCollection services, WebSettings settings) =>
        services.AddRateLimiter(o =>
        {
            o.AddConcurrencyLimiter(Policy, c =>
            {
                c.PermitLimit = settings.MaxConcurrentChecks;
                c.QueueLimit = settings.QueuedChecks;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = async (rejected, cancel) =>
            {
                HttpContext context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                string detail = Busy(settings.MaxConcurrentChecks);
                IResult answer = context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                    ? Results.Problem(title: "Too many checks at once", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : PageResults.Html(CheckPage.Render(problem: detail), StatusCodes.Status503ServiceUnavailable);
                await answer.ExecuteAsync(context).ConfigureAwait(false);
            };
        });

    /// <summary>Puts the endpoint under the limit.</summary>
    public static TBuilder LimitChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(Policy);
}
