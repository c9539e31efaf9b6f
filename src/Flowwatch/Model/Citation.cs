using System.Text.Json.Serialization;

namespace Flowwatch.Model;

/// <summary>A published report that states a figure: who printed it, when and where.</summary>
/// <param name="Id">A stable id (<c>RFA-KO-20250204</c>); empty where the file names only a URL.</param>
/// <param name="Outlet">The publisher or outlet.</param>
/// <param name="Date">The publication date as the source gives it (may be partial: "2024-08", "undated").</param>
/// <param name="Url">Where it can be read.</param>
public sealed record Citation(string Id, string Outlet, string Date, string Url)
{
    /// <summary>The last day the report can have appeared (<see cref="PublicationDate"/>), or null when its date names no year.</summary>
    [JsonIgnore]
    public DateOnly? PublishedBy => PublicationDate.TryRead(Date, out DateOnly d) ? d : null;
}
