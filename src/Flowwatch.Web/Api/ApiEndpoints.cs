using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Analysis.Series;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Api;

/// <summary>The HTTP API under /api/: read-only views of the store, and the claim checker.</summary>
internal static class ApiEndpoints
{
    // The command indents its JSON for people; the API sends the same document compact (a third smaller).
    private static readonly ReportJsonContext CompactJson = new(new JsonSerializerOptions { WriteIndented = false });

    public static IEndpointRouteBuilder MapFlowwatchApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder api = endpoints.MapGroup("/api").WithTags("Flowwatch");

        api.MapGet("/series", Series)
            .WithName("GetSeries")
            .WithSummary("The figures of a series, as `flowwatch series --format json` prints them.")
            .WithDescription("Filters: partner (required, ISO alpha-2 code or country name), reporter, dataset, breakdown, by (year|half|quarter|month: coarser periods not published are summed from finer ones and flagged derived), as_of (ISO 8601), format (json|csv|sdmx-csv|jsonstat). "
                + "sdmx-csv and jsonstat write Flowwatch's own dataflow FLOWWATCH:DF_FIGURES(1.0.0) as SDMX-CSV 2.0 and JSON-stat 2.0, which `flowwatch ingest` reads back; "
                + "without a format, Accept: application/vnd.sdmx.data+csv;version=2.0.0 asks for SDMX-CSV, and any other Accept (application/json included) gets the JSON rows.")
            .Produces<IReadOnlyList<SeriesRow>>(StatusCodes.Status200OK, "application/json", "text/csv", "application/vnd.sdmx.data+csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(RequiredQuery.Mark("partner"));

        api.MapGet("/events", (StoreView store) => Results.Json(Events(), WebJsonContext.Default.IReadOnlyListEventDto))
            .WithName("GetEvents")
            .WithSummary("Dated context events (treaties, deployments, sanctions deadlines) drawn on the charts.")
            .Produces<IReadOnlyList<EventDto>>();

        api.MapGet("/sources", (StoreView store) => Results.Json(SourcesQuery.List(store.Snapshot.Sources), ReportJsonContext.Default.SourcesListing))
            .WithName("GetSources")
            .WithSummary("The ingested files (hash, time, rows, publisher) and the bundled citations.")
            .Produces<SourcesListing>();

        return endpoints;
    }

    internal static IResult Series(
        StoreView store,
        [Description("Partner country (the citizenship counted): an ISO 3166-1 alpha-2 code or a name, e.g. KP or North Korea. Required.")] string? partner,
        [Description("Reporting country: an ISO alpha-2 code or a name, e.g. RU or Russia.")] string? reporter,
        [Description("Dataset id, e.g. ru-fsb-entries-by-purpose.")] string? dataset,
        [Description("Category: a purpose (study, work, total), a mode (air) or a visa type.")] string? breakdown,
        [Description("year, half, quarter or month: coarser periods not published are summed from finer ones and flagged derived.")] string? by,
        [Description("Only what had been published by this date (yyyy-MM-dd): later releases and reports are left out.")] string? as_of,
        [Description("Only what the store held at this ISO 8601 date or time (UTC).")] string? known_at,
        [Description("true to count synthetic test data too (labelled synthetic); false by default.")] string? include_synthetic,
        [Description("json (default), csv, sdmx-csv (SDMX-CSV 2.0) or jsonstat (JSON-stat 2.0).")] string? format,
        HttpRequest http)
    {
        if (!SeriesRequest.TryParse(Parameters, partner, reporter, dataset, breakdown, by, as_of, known_at, include_synthetic, out SeriesRequest? request, out string? problem)
            || !TryFormat(format ?? Negotiated(http), out string f, out problem))
        {
            return Results.Problem(title: "Bad series query", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        string contentType = f switch
        {
            "csv" => "text/csv; charset=utf-8",
            "sdmx-csv" => FlowwatchDataflow.SdmxCsvMediaType + "; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        if (request!.Query.AsOf is not null || request.Query.KnownAt is not null || request.Query.IncludeSynthetic)
        {
            return Results.Bytes(Render(SeriesQuery.Lay(store.AsOf(request.Query), request), f), contentType);
        }

        // The store changes rarely and the answers are small: render each distinct query once per store version.
        StoreSnapshot snapshot = store.Snapshot;
        byte[] body = snapshot.Cached($"series|{request}|{f}", (snapshot, request, f), static state =>
            Render(SeriesQuery.Lay(state.snapshot.Current, state.request), state.f));
        return Results.Bytes(body, contentType);
    }

    /// <summary>The application's request parser, naming parameters as typed in a query string (partner).</summary>
    internal static readonly RequestParameters Parameters = new(ParameterStyle.QueryString);

    private static bool TryFormat(string? format, out string f, out string? problem)
    {
        problem = null;
        f = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (f is not ("json" or "csv" or "sdmx-csv" or "jsonstat"))
        {
            problem = $"format '{format}' is not json, csv, sdmx-csv or jsonstat.";
            return false;
        }

        return true;
    }

    // SDMX's REST content negotiation: a client that asks for SDMX-CSV by media type gets it; anything else keeps the
    // JSON rows (plain application/json included), so existing clients see no change.
    private static string? Negotiated(HttpRequest http) =>
        http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/vnd.sdmx.data+csv", StringComparison.OrdinalIgnoreCase)) ? "sdmx-csv" : null;

    internal static byte[] Render(IReadOnlyList<SeriesPoint> points, string format)
    {
        IReadOnlyList<SeriesRow> rows = SeriesRows.From(points);
        return format switch
        {
            "csv" => Encoding.UTF8.GetBytes(SeriesRows.ToCsv(rows)),
            "sdmx-csv" => Encoding.UTF8.GetBytes(SeriesSdmxCsv.Write(rows)),
            "jsonstat" => SeriesJsonStat.Write(rows),
            _ => JsonSerializer.SerializeToUtf8Bytes(rows, CompactJson.IReadOnlyListSeriesRow),
        };
    }

    internal static IReadOnlyList<EventDto> Events() => EventsCache.Value;

    // The events the detectors weigh findings against (ReferenceData: data/events.csv), oldest first.
    private static readonly Lazy<IReadOnlyList<EventDto>> EventsCache = new(() =>
        StoreSnapshot.Reference.Events.OrderBy(e => e.Date)
            .Select(e => new EventDto(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Title, e.Actors, e.Kind, e.SourceUrl)).ToList());

}
