using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;

namespace Flowwatch.Web.Api;

/// <summary>
/// One query of a yente <c>/match</c> request: an entity described by example in FollowTheMoney's terms
/// (<c>{"id", "schema": "Person", "properties": {"name": [...], "birthDate": [...]}}</c>), read into the names and years
/// Flowwatch's screening takes. A property may be one string or a list of them, as yente accepts.
/// </summary>
/// <param name="Id">The client's own id for the entity, echoed back.</param>
/// <param name="Schema">The FollowTheMoney schema as sent.</param>
/// <param name="Type">What the screening looks for.</param>
/// <param name="Properties">Every property as sent, each a list of strings.</param>
internal sealed record MatchExample(string? Id, string Schema, ScreeningType Type, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties)
{
    /// <summary>No example names more; a longer list is refused rather than screened name by name.</summary>
    public const int MaxNames = 50;

    // The FollowTheMoney schemata a sanctions list's parties can be, and what Flowwatch screens for each. LegalEntity and
    // Thing cover both persons and organisations (yente matches either), so they screen for any.
    private static readonly Dictionary<string, ScreeningType> Schemata = new(StringComparer.Ordinal)
    {
        ["Person"] = ScreeningType.Person,
        ["Organization"] = ScreeningType.Entity,
        ["Company"] = ScreeningType.Entity,
        ["PublicBody"] = ScreeningType.Entity,
        ["LegalEntity"] = ScreeningType.Any,
        ["Thing"] = ScreeningType.Any,
        ["Vessel"] = ScreeningType.Vessel,
    };

    // The properties that carry a name of the entity; parts of a person's name are joined as written (given names first).
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias"];
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    /// <summary>The schemata <c>/match</c> takes.</summary>
    public static IEnumerable<string> KnownSchemata => Schemata.Keys;

    /// <summary>Reads one query; <paramref name="problem"/> and <paramref name="status"/> say why it cannot be (422 for a shape yente's validation refuses, 400 for an unknown schema).</summary>
    public static bool TryRead(string key, JsonElement query, out MatchExample? example, out string? problem, out int status)
    {
        example = null;
        problem = null;
        status = 422;
        if (query.ValueKind != JsonValueKind.Object)
        {
            problem = $"queries.{key} is not an object like {{\"schema\": \"Person\", \"properties\": {{\"name\": [\"Ri Je Son\"]}}}}.";
            return false;
        }

        if (!query.TryGetProperty("schema", out JsonElement schema) || schema.ValueKind != JsonValueKind.String)
        {
            problem = $"queries.{key}.schema is required: a FollowTheMoney schema such as Person, Organization, Company, LegalEntity or Vessel.";
            return false;
        }

        if (!query.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object)
        {
            problem = $"queries.{key}.properties is required: an object of property lists such as {{\"name\": [\"Ri Je Son\"]}}.";
            return false;
        }

        string? id = query.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (JsonProperty p in properties.EnumerateObject())
        {
            if (!TryStrings(p.Value, out List<string> list))
            {
                problem = $"queries.{key}.properties.{p.Name} is not a string or a list of strings.";
                return false;
            }

            values[p.Name] = list;
        }

        if (!Schemata.TryGetValue(schema.GetString()!, out ScreeningType type))
        {
            status = 400;
            problem = $"queries.{key}.schema is '{schema.GetString()}'; the schemata a sanctions list's parties can be are {string.Join(", ", KnownSchemata)}.";
            return false;
        }

        example = new MatchExample(id, schema.GetString()!, type, values);
        if (example.Names().Count > MaxNames)
        {
            status = 400;
            problem = string.Create(CultureInfo.InvariantCulture, $"queries.{key} gives {example.Names().Count} names; at most {MaxNames} are screened per query.");
            return false;
        }

        if (example.Names().FirstOrDefault(n => n.Length > ScreenEndpoint.MaxNameLength) is { } longName)
        {
            status = 400;
            problem = string.Create(CultureInfo.InvariantCulture, $"queries.{key} has a name of {longName.Length:N0} characters; expected a name of at most {ScreenEndpoint.MaxNameLength:N0}.");
            return false;
        }

        return true;
    }

    /// <summary>The names to screen: every name property, the person's name parts joined, and IMO numbers; each once.</summary>
    public IReadOnlyList<string> Names()
    {
        var names = new List<string>();
        foreach (string property in NameProperties)
        {
            names.AddRange(Get(property));
        }

        string joined = string.Join(' ', NameParts.Select(p => Get(p) is { Count: > 0 } v ? v[0] : "").Where(s => s.Length > 0));
        if (joined.Length > 0)
        {
            names.Add(joined);
        }

        // A vessel is found by its IMO number, which the screening reads from the name itself.
        names.AddRange(Get("imoNumber").Select(imo => imo.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? imo : "IMO " + imo));
        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The years of birth given (<c>birthDate</c>: <c>1944</c>, <c>1944-05</c> or <c>1944-05-01</c>); one null when none is.</summary>
    public IReadOnlyList<int?> BirthYears()
    {
        List<int?> years = Get("birthDate")
            .Select(d => d.Trim())
            .Select(d => d.Length >= 4 && ScreeningBatch.TryYear(d[..4], out int? year) ? year : null)
            .Where(y => y is not null).Distinct().ToList();
        return years.Count > 0 ? years : [null];
    }

    private IReadOnlyList<string> Get(string property) => Properties.TryGetValue(property, out IReadOnlyList<string>? v) ? v : [];

    private static bool TryStrings(JsonElement value, out List<string> list)
    {
        list = [];
        if (value.ValueKind == JsonValueKind.String)
        {
            list.Add(value.GetString()!);
            return true;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (JsonElement e in value.EnumerateArray())
        {
            // yente takes numbers too (a year of birth written 1944): they are read as their text.
            if (e.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return false;
            }

            list.Add(e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText());
        }

        return true;
    }
}
