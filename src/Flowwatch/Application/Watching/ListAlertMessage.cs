using System.Text.Json.Serialization;

namespace Flowwatch.Application.Watching;

/// <summary>
/// One sanctions-list alert as it goes out (JSON line, webhook body): an entry added to, removed from or amended on the
/// list between the version watched before and a new one.
/// </summary>
public sealed record ListAlertMessage
{
    /// <summary>The idempotency key, also sent as the <c>Idempotency-Key</c> header.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>added, removed or amended.</summary>
    [JsonPropertyName("change")]
    public required string Change { get; init; }

    /// <summary>The entry (for a removed one: as the older version had it).</summary>
    [JsonPropertyName("entry")]
    public required ListEntryRef Entry { get; init; }

    /// <summary>For an amended entry, the fields that changed (name, aliases, reason, ..., as `sanctions diff` names them).</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>For an amended entry, each changed field with its values before and after, as `sanctions diff` prints them.</summary>
    [JsonPropertyName("changes")]
    public IReadOnlyList<ListFieldChange>? Changes { get; init; }

    /// <summary>The new list version (basis <c>list</c>).</summary>
    [JsonPropertyName("release")]
    public required ReleaseRef Release { get; init; }

    /// <summary>The version it was compared with.</summary>
    [JsonPropertyName("previous_release")]
    public required ReleaseRef PreviousRelease { get; init; }

    /// <summary>The entry on the dashboard's sanctions page.</summary>
    [JsonPropertyName("link")]
    public required string Link { get; init; }

    /// <summary>When the change was seen (UTC, ISO 8601).</summary>
    [JsonPropertyName("detected_at")]
    public required string DetectedAt { get; init; }
}
