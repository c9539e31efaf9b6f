using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>The body of POST /api/verify: an article and what is known about it.</summary>
public sealed record VerifyRequest
{
    /// <summary>The article as plain text (Markdown or HTML is reduced to text).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The publication date, ISO 8601 (2025-02-05); relative times in the text are resolved against it.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>auto (the default), de, en or ru.</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }
}
