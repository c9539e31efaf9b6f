namespace Flowwatch.Web.Data;

/// <summary>A dated context event drawn on charts (the June 2024 defence pact, the October 2024 troop transfers).</summary>
internal sealed record EventMarker(DateOnly Date, string Title, IReadOnlyList<string> Actors, string Kind, string SourceUrl);
