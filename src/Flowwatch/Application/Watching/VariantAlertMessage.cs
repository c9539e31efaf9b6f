using System.Text.Json.Serialization;

namespace Flowwatch.Application.Watching;

/// <summary>An alert that a new article repeats a known wrong or reframed variant of a figure (issue 25).</summary>
public sealed record VariantAlertMessage
{
    /// <summary>The idempotency key, also sent as the <c>Idempotency-Key</c> header.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>Always <c>repeated_variant</c>.</summary>
    [JsonPropertyName("change")]
    public string Change { get; init; } = VariantAlertComposer.Kind;

    /// <summary>The figure in words ("entries of citizens of North Korea into Russia, 2024").</summary>
    [JsonPropertyName("figure")]
    public required string Figure { get; init; }

    /// <summary>The figure's value as published.</summary>
    [JsonPropertyName("value")]
    public decimal? Value { get; init; }

    /// <summary>The number the new article states.</summary>
    [JsonPropertyName("claimed")]
    public required decimal Claimed { get; init; }

    /// <summary>How it renders the figure ("entries called workers").</summary>
    [JsonPropertyName("reading")]
    public required string Reading { get; init; }

    /// <summary>contradicted or partly_supported.</summary>
    [JsonPropertyName("verdict")]
    public required string Verdict { get; init; }

    /// <summary>The new article's address, else its file name.</summary>
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    /// <summary>The new article's outlet.</summary>
    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    /// <summary>The new article's publication day.</summary>
    [JsonPropertyName("published")]
    public required string Published { get; init; }

    /// <summary>The earliest article that printed the variant.</summary>
    [JsonPropertyName("first")]
    public required string First { get; init; }

    /// <summary>Its outlet.</summary>
    [JsonPropertyName("first_outlet")]
    public required string FirstOutlet { get; init; }

    /// <summary>Its publication day.</summary>
    [JsonPropertyName("first_published")]
    public required string FirstPublished { get; init; }

    /// <summary>Whether the new article names the first one's source.</summary>
    [JsonPropertyName("cites_first")]
    public required bool CitesFirst { get; init; }

    /// <summary>The figure's genealogy page on the dashboard.</summary>
    [JsonPropertyName("link")]
    public required string Link { get; init; }

    /// <summary>When the repeat was seen (UTC, ISO 8601).</summary>
    [JsonPropertyName("detected_at")]
    public required string DetectedAt { get; init; }
}
