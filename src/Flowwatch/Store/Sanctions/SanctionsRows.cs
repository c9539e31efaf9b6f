using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Store.Sanctions;

/// <summary>The SQL and row mapping of list versions.</summary>
internal static class SanctionsRows
{
    public const string InsertEntry =
        "INSERT INTO sanctions_entries (list_id, reference, kind, regime, name, listed_on, line, body) VALUES (@list, @reference, @kind, @regime, @name, @listed, @line, @body);";

    public const string SelectVersions =
        "SELECT sha256, file_name, format, publisher, generated_at, ingested_at, entries FROM sanctions_lists ORDER BY generated_at, id;";

    public const string SelectEntries =
        "SELECT e.body FROM sanctions_entries e JOIN sanctions_lists l ON l.id = e.list_id WHERE l.sha256 = @sha ORDER BY e.line;";

    public static string Body(DesignatedParty party) => JsonSerializer.Serialize(party, SanctionsJsonContext.Default.DesignatedParty);

    public static DesignatedParty Party(string body) =>
        JsonSerializer.Deserialize(body, SanctionsJsonContext.Default.DesignatedParty) ?? throw new StoreException("A stored sanctions record is empty.");

    public static string Kind(PartyKind kind) => kind switch
    {
        PartyKind.Person => "person",
        PartyKind.Vessel => "vessel",
        _ => "entity",
    };

    public static SanctionsListVersion Version(string sha, string file, string format, string publisher, DateTimeOffset generated, DateTimeOffset ingested, int entries) =>
        new(new SourceDocument(sha, file, format, publisher, DateOnly.FromDateTime(generated.UtcDateTime)), generated, ingested, entries);
}
