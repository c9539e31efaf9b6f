using Flowwatch.Reports;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Web.Api;
using Flowwatch.Web.Data;
using Flowwatch.Web.Feeds;
using Flowwatch.Web.Pages;
using Flowwatch.Web.Protocol;
using Flowwatch.Web.Safety;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Flowwatch.Web;

/// <summary>
/// The dashboard and HTTP API, as pieces any host can take: services, the request pipeline and the
/// endpoints. `flowwatch serve` uses <see cref="Create"/>; tests host the same pieces in a test server.
/// </summary>
public static class FlowwatchWeb
{
    /// <summary>The address `flowwatch serve` listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Registers the store view, problem details, JSON, OpenAPI and the body limits.</summary>
    public static IServiceCollection AddFlowwatchWeb(this IServiceCollection services, WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreView>();
        services.AddSingleton<SanctionsView>();
        services.AddSingleton<ArticlesView>();
        services.AddSingleton<AllowedMethods>();
        services.AddRouting();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
            {
                context.ProblemDetails.Title = "Request body too large";
                context.ProblemDetails.Detail = BodyLimit.TooLarge(settings.MaxBodyBytes);
            }
            else if (context.Exception is not null)
            {
                // Never a stack trace or an exception message: they can quote file paths and SQL.
                context.ProblemDetails.Detail = "The server could not answer this request. The server's log has the details.";
            }
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(1, ReportJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(2, FindingJsonContext.Default);

            // The answers of POST /api/verify and /api/screen are written as text by their own contexts; these
            // entries let the OpenAPI document describe their schemas (source-generated, so under Native AOT too).
            o.SerializerOptions.TypeInfoResolverChain.Add(ClaimJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Add(ScreeningJsonContext.Default);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new()
            {
                Title = "Flowwatch API",
                Version = "v1",
                Description = "Official migration statistics with their citations, findings, and the claim checker. Read-only; no login.",
            };
            return Task.CompletedTask;
        }));
        services.AddCheckLimit(settings);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = settings.MaxBodyBytes;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, settings.MaxBodyBytes);
        });
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = settings.MaxBodyBytes;
            o.AddServerHeader = false;
        });
        return services;
    }

    /// <summary>The request pipeline: problem details for errors, security headers, body limits, endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <param name="more">Endpoints a host adds beside Flowwatch's own (behind the same error handling and headers).</param>
    public static IApplicationBuilder UseFlowwatchWeb(this IApplicationBuilder app, Action<IEndpointRouteBuilder>? more = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        WebSettings settings = app.ApplicationServices.GetRequiredService<WebSettings>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Kestrel reports an over-size chunked body as BadHttpRequestException(413): keep its status.
            StatusCodeSelector = e => e is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseHeadAsGet();
        app.UseSecurityHeaders();
        app.UseBodyLimit(settings.MaxBodyBytes);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            more?.Invoke(endpoints);
            endpoints.MapFlowwatch();
        });

        // What no endpoint took: a path that looks like a file (/api/findings.json, /series/x.y), which the routing
        // fallback leaves alone, gets the same answer as any other unknown path rather than an empty 404.
        app.Run(context => NotFound(context).ExecuteAsync(context));
        return app;
    }

    /// <summary>Every endpoint: the OpenAPI document, the API, the browser files and the pages.</summary>
    public static IEndpointRouteBuilder MapFlowwatch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        endpoints.MapFlowwatchApi();
        endpoints.MapFindings();
        endpoints.MapVerify();
        endpoints.MapScreen();
        endpoints.MapMatch();
        endpoints.MapFindingsFeed();
        endpoints.MapStaticAssets();
        endpoints.MapPages();
        endpoints.MapSanctionsPages();
        endpoints.MapFallback(NotFound).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Builds the server `flowwatch serve` runs, listening on <paramref name="urls"/>.</summary>
    public static WebApplication Create(WebSettings settings, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production always: the Development environment would show exception pages with stack traces.
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (a port in use, an address that cannot be bound) is the caller's to report, in one line;
        // the host and Kestrel would also log it as a stack trace of 30 lines.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", level => level is >= LogLevel.Warning and < LogLevel.Critical);
        builder.Services.AddFlowwatchWeb(settings);
        WebApplication app = builder.Build();
        app.UseFlowwatchWeb();
        // The store is opened now, not at the first request, so that a missing or unreadable store stops the start.
        _ = app.Services.GetRequiredService<StoreView>();
        _ = app.Services.GetRequiredService<SanctionsView>();
        _ = app.Services.GetRequiredService<ArticlesView>();
        return app;
    }

    private static IResult NotFound(HttpContext context)
    {
        AllowedMethods routes = context.RequestServices.GetRequiredService<AllowedMethods>();
        IReadOnlyList<string> allowed = routes.At(context.Request.Path);
        if (allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            // The route takes this method, so routing turned the request away for its body type.
            string expected = string.Join(" or ", routes.BodyTypes(context.Request.Path, context.Request.Method));
            return Results.Problem(title: "Unsupported media type", detail: $"{context.Request.Path} takes a body of type {expected}; this request says '{context.Request.ContentType ?? "(none)"}'.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (allowed.Count > 0)
        {
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return Results.Problem(title: "Method not allowed", detail: $"{context.Request.Path} answers {string.Join(", ", allowed)}, not {context.Request.Method}.", statusCode: StatusCodes.Status405MethodNotAllowed);
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal))
        {
            return Results.Problem(title: "Not found", detail: $"There is no API endpoint at {context.Request.Path}. /openapi/v1.json lists them.", statusCode: StatusCodes.Status404NotFound);
        }

        return PageResults.NotFound($"There is no page at {context.Request.Path}.");
    }
}
