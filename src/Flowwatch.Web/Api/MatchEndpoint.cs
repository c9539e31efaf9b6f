using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Api;

/// <summary>
/// <c>POST /match/{dataset}</c>: OpenSanctions yente's matching API over Flowwatch's screening, so that a client written
/// for yente can screen against the UN list with Flowwatch's Korean-aware scoring (docs/api.md). The request and answer
/// have yente's shapes; the scores and explanations are Flowwatch's (docs/sanctions.md), and the threshold defaults to
/// Flowwatch's calibrated alert threshold, not yente's.
/// </summary>
internal static class MatchEndpoint
{
    /// <summary>The dataset name OpenSanctions gives the UN Security Council list; <c>default</c> is the same list here.</summary>
    public const string UnDataset = "un_sc_sanctions";

    /// <summary>yente's default page of matches per query.</summary>
    public const int DefaultLimit = 5;

    /// <summary>yente's most matches per query.</summary>
    public const int MaxLimit = 500;

    /// <summary>yente's most queries per request.</summary>
    public const int MaxBatch = 100;

    private const string Algorithm = "flowwatch-korean-aware";

    // The features a score comes from: each match is scored by one of the screening's rules (docs/sanctions.md).
    private static readonly (string Rule, string Description)[] Features =
    [
        ("name", "Person names equal after the Korean romanization rules (McCune-Reischauer, Revised Romanization, Hangul, Kontsevich Cyrillic), family name first or last."),
        ("name-loose", "Person names equal only with o and u read as one vowel (ŏ is often written u)."),
        ("words", "Entity names compared word by word, weighted: legal forms weigh little, words many listed parties share weigh less."),
        ("acronym", "An acronym spelling the beginnings of an entity's significant words in order, or a listed acronym as spelled."),
        ("imo", "An IMO number found in the listing; IMO numbers match exactly."),
    ];

    public static IEndpointRouteBuilder MapMatch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/match/{dataset}", Match)
            .WithTags("Matching (yente-compatible)")
            .WithName("Match")
            .WithSummary("Query-by-example matching as OpenSanctions' yente answers it, over Flowwatch's Korean-aware screening of the UN list.")
            .WithDescription("dataset: default or " + UnDataset + " (the UN Security Council consolidated list held by the server). "
                + "Body: {\"queries\": {\"KEY\": {\"schema\": \"Person\", \"properties\": {\"name\": [...], \"birthDate\": [...], \"nationality\": [...]}}}} "
                + "(schemata: " + string.Join(", ", MatchExample.KnownSchemata) + "; names from name, alias, previousName, weakAlias, the name parts and imoNumber; the year of birthDate is scored; other properties are echoed, not scored). "
                + "Query: limit (default 5, at most 500), threshold (a result at or above it has match true; default 0.90, Flowwatch's calibrated alert threshold), cutoff (results below it are left out). "
                + "Answer: {\"responses\": {\"KEY\": {\"status\", \"results\": [{\"id\", \"caption\", \"schema\", \"properties\", \"datasets\", \"score\", \"match\", \"explanations\", \"features\"}], \"total\", \"query\"}}, \"matcher\", \"limit\"}.")
            .Accepts<JsonElement>("application/json")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    private static async Task<IResult> Match(HttpContext context, SanctionsView sanctions, string dataset, string? limit, string? threshold, string? cutoff)
    {
        if (dataset is not ("default" or UnDataset))
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown dataset", $"dataset '{dataset}' is not loaded; this server holds default and {UnDataset} (the UN Security Council consolidated list).");
        }

        if (!TryNumber(limit, DefaultLimit, out double pageSize) || pageSize < 1 || pageSize > MaxLimit || pageSize != Math.Floor(pageSize))
        {
            return Bad(string.Create(CultureInfo.InvariantCulture, $"limit is '{limit}'; expected a whole number from 1 to {MaxLimit}."));
        }

        if (!TryNumber(threshold, Screener.AlertThreshold, out double matchAt) || matchAt is < 0 or > 1)
        {
            return Bad($"threshold is '{threshold}'; expected a score from 0 to 1.");
        }

        if (!TryNumber(cutoff, 0, out double floor) || floor is < 0 or > 1)
        {
            return Bad($"cutoff is '{cutoff}'; expected a score from 0 to 1.");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 16 }, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Bad("The body must be JSON like {\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ri Je Son\"]}}}}: " + e.Message);
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("queries", out JsonElement queries) || queries.ValueKind != JsonValueKind.Object)
            {
                return Problem(StatusCodes.Status422UnprocessableEntity, "Bad match request", "'queries' is required: an object of examples keyed by your own names, like {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ri Je Son\"]}}}.");
            }

            var examples = new List<(string Key, MatchExample Example)>();
            foreach (JsonProperty q in queries.EnumerateObject())
            {
                if (!MatchExample.TryRead(q.Name, q.Value, out MatchExample? example, out string? problem, out int status))
                {
                    return Problem(status, "Bad match request", problem!);
                }

                examples.Add((q.Name, example!));
            }

            if (examples.Count == 0)
            {
                return Bad("No queries provided.");
            }

            if (examples.Count > MaxBatch)
            {
                return Bad(string.Create(CultureInfo.InvariantCulture, $"Too many queries in one batch ({examples.Count}); at most {MaxBatch}."));
            }

            int size = (int)pageSize;
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("responses");
                foreach ((string key, MatchExample example) in examples)
                {
                    List<ScreeningMatch> matches = Screen(sanctions, example, floor);
                    json.WriteStartObject(key);
                    json.WriteNumber("status", 200);
                    json.WriteStartArray("results");
                    foreach (ScreeningMatch m in matches.Take(size))
                    {
                        WriteResult(json, m, dataset, matchAt);
                    }

                    json.WriteEndArray();
                    json.WriteStartObject("total");
                    json.WriteNumber("value", matches.Count);
                    json.WriteString("relation", "eq");
                    json.WriteEndObject();
                    WriteQuery(json, example);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteStartObject("matcher");
                foreach ((string rule, string description) in Features)
                {
                    json.WriteStartObject(rule);
                    json.WriteString("description", description);
                    json.WriteNumber("coefficient", 1);
                    json.WriteString("url", "docs/sanctions.md#screening");
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteString("algorithm", Algorithm);
                json.WriteNumber("limit", size);
                json.WriteEndObject();
            }

            context.Response.Headers["x-batch-size"] = examples.Count.ToString(CultureInfo.InvariantCulture);
            return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
        }
    }

    // Each name (and each year of birth given) is screened; a listed party found by several keeps its best match.
    private static List<ScreeningMatch> Screen(SanctionsView sanctions, MatchExample example, double floor)
    {
        var best = new Dictionary<string, ScreeningMatch>(StringComparer.Ordinal);
        foreach (string name in example.Names())
        {
            foreach (int? year in example.BirthYears())
            {
                foreach (ScreeningMatch m in sanctions.Screening.Screen(new ScreeningQuery(name, example.Type, year), MaxLimit))
                {
                    if (m.Score >= floor && (!best.TryGetValue(m.Party.Reference, out ScreeningMatch? held) || m.Score > held.Score))
                    {
                        best[m.Party.Reference] = m;
                    }
                }
            }
        }

        return [.. best.Values.OrderByDescending(m => m.Score).ThenBy(m => m.Party.Reference, StringComparer.Ordinal)];
    }

    private static void WriteResult(Utf8JsonWriter json, ScreeningMatch m, string dataset, double threshold)
    {
        DesignatedParty p = m.Party;
        json.WriteStartObject();
        json.WriteString("id", p.Reference);
        json.WriteString("caption", p.Name);
        json.WriteString("schema", p.Kind == PartyKind.Person ? "Person" : "Organization");
        json.WriteStartObject("properties");
        Property(json, "name", [p.Name]);
        Property(json, "alias", p.Names.Skip(1).Select(n => n.Text));
        Property(json, "birthDate", p.BirthDates.Select(b => b.ToString()));
        Property(json, "nationality", p.Nationalities);
        Property(json, "passportNumber", p.Passports);
        Property(json, "address", p.Addresses);
        Property(json, "imoNumber", p.ImoNumbers);
        Property(json, "notes", p.Reason.Length > 0 ? [p.Reason] : []);
        Property(json, "program", [p.Regime]);
        Property(json, "topics", ["sanction"]);
        json.WriteEndObject();
        json.WriteStartArray("datasets");
        json.WriteStringValue(UnDataset);
        json.WriteEndArray();
        json.WriteStartArray("referents");
        json.WriteEndArray();
        json.WriteBoolean("target", true);
        json.WriteNumber("score", m.Score);
        json.WriteBoolean("match", m.Score >= threshold);
        json.WriteStartObject("explanations");
        json.WriteStartObject(m.Rule);
        json.WriteString("detail", $"{m.Explanation} (matched: {m.MatchedName.Text})");
        json.WriteNumber("score", m.Score);
        json.WriteEndObject();
        json.WriteEndObject();

        // yente's answer before explanations: each feature's score alone, which older clients read.
        json.WriteStartObject("features");
        json.WriteNumber(m.Rule, m.Score);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteQuery(Utf8JsonWriter json, MatchExample example)
    {
        json.WriteStartObject("query");
        if (example.Id is not null)
        {
            json.WriteString("id", example.Id);
        }

        json.WriteString("schema", example.Schema);
        json.WriteStartObject("properties");
        foreach ((string name, IReadOnlyList<string> values) in example.Properties)
        {
            Property(json, name, values);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        List<string> list = values.Where(v => v.Length > 0).ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (string v in list)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static bool TryNumber(string? text, double fallback, out double value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));
    }

    private static IResult Bad(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad match request", detail);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: status);
}
