using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Words of the input that set one part of a frame.</summary>
public sealed record FrameWordRow
{
    /// <summary>"who", "what", "purpose", "when" or "compared with".</summary>
    [JsonPropertyName("part")]
    public required string Part { get; init; }

    /// <summary>The words as written.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Character offset in the input as given.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Character offset just past the words.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }
}
