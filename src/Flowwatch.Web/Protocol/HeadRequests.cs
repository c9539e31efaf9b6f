using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Flowwatch.Web.Protocol;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request is routed as a GET and answered with the same status and
/// headers, the body counted and dropped. One middleware instead of a HEAD mapping per route, so a new GET route
/// answers HEAD without anyone remembering to, and the OpenAPI document does not list a HEAD twin of each operation.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        Stream body = context.Response.Body;
        await using var counting = new CountingNullStream();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = counting;
        try
        {
            await next(context).ConfigureAwait(false);
            if (!context.Response.HasStarted && context.Response.ContentLength is null && counting.Length > 0)
            {
                // The length the GET would have sent, as a HEAD answer should say.
                context.Response.ContentLength = counting.Length;
            }
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });
}
