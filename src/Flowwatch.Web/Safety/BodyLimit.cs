using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Flowwatch.Web.Safety;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before a byte is read; a chunked
/// body is cut off by the server at the cap (Kestrel's own limit, set per request here) and the
/// exception handler turns that into the same 413 answer.
/// </summary>
internal static class BodyLimit
{
    public static string TooLarge(long max) => string.Create(CultureInfo.InvariantCulture,
        $"The request body is larger than this server accepts ({max / 1024:N0} KiB). Send a shorter article, or start the server with a larger --max-body-kb.");

    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app, long max) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = max;
            }

            if (context.Request.ContentLength > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                // A paste into the check page gets the page back, saying so; an API client gets problem details.
                IResult answer = context.Request.Path.StartsWithSegments("/check", StringComparison.Ordinal)
                    ? Pages.PageResults.Html(Pages.CheckPage.Render(problem: TooLarge(max)), StatusCodes.Status413PayloadTooLarge)
                    : Results.Problem(title: "Request body too large", detail: TooLarge(max), statusCode: StatusCodes.Status413PayloadTooLarge);
                await answer.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
}
