using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A report a figure was read from, as the outputs list the bundled citations.</summary>
/// <param name="Id">The id figures cite it by.</param>
/// <param name="Outlet">Who published the report.</param>
/// <param name="Date">Its date as the list gives it (may be partial).</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="Url">Where it is.</param>
public sealed record CitationRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("url")] string Url);
