using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A claim's frame as the verify report writes it; null where the text does not say.</summary>
public sealed record FrameRow
{
    /// <summary>ISO code of the reporting country (RU).</summary>
    [JsonPropertyName("reporter")]
    public string? Reporter { get; init; }

    /// <summary>ISO code of the counted people's country (KP).</summary>
    [JsonPropertyName("partner")]
    public string? Partner { get; init; }

    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public string? Dataset { get; init; }

    /// <summary>The category code (total, study ...).</summary>
    [JsonPropertyName("breakdown")]
    public string? Breakdown { get; init; }

    /// <summary>The period (2024, 2024-Q3, 2024-H1).</summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>The period compared with, for multiples and changes.</summary>
    [JsonPropertyName("compared_with")]
    public string? ComparedWith { get; init; }
}
