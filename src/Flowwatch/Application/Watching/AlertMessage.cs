using System.Text.Json.Serialization;
using Flowwatch.Reports;

namespace Flowwatch.Application.Watching;

/// <summary>One alert as it goes out: a JSON line on standard output and the body of the webhook POST.</summary>
public sealed record AlertMessage
{
    /// <summary>The idempotency key, also sent as the <c>Idempotency-Key</c> header.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>new, escalated, revised or resolved.</summary>
    [JsonPropertyName("change")]
    public required string Change { get; init; }

    /// <summary>The finding now (for a resolved one: as it was last raised).</summary>
    [JsonPropertyName("finding")]
    public required FindingRow Finding { get; init; }

    /// <summary>The severity at the previous scan, for escalated and revised findings.</summary>
    [JsonPropertyName("previous_severity")]
    public string? PreviousSeverity { get; init; }

    /// <summary>The release that caused the change; null when no file was added (a removal, a rules change).</summary>
    [JsonPropertyName("release")]
    public ReleaseRef? Release { get; init; }

    /// <summary>The finding's page on the dashboard.</summary>
    [JsonPropertyName("link")]
    public required string Link { get; init; }

    /// <summary>When the change was seen (UTC, ISO 8601).</summary>
    [JsonPropertyName("detected_at")]
    public required string DetectedAt { get; init; }
}
