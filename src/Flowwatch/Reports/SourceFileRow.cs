using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>An ingested file as the outputs list it (<c>flowwatch sources</c>, <c>GET /api/sources</c>, the sources page).</summary>
public sealed record SourceFileRow
{
    /// <summary>The file's name as ingested.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>The SHA-256 of its bytes: the file's identity.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>The reader that read it (<c>tidy-csv</c>, <c>mvd-xls</c>).</summary>
    [JsonPropertyName("format")]
    public required string Format { get; init; }

    /// <summary>Who published it.</summary>
    [JsonPropertyName("publisher")]
    public required string Publisher { get; init; }

    /// <summary>The release date the file states (yyyy-MM-dd); null when it states none.</summary>
    [JsonPropertyName("release_date")]
    public string? ReleaseDate { get; init; }

    /// <summary>
    /// Where the release date comes from: <c>file</c> (the file states it), <c>period-end</c> (the file states only its
    /// period: the first day after it, a bound), <c>calendar</c> (the dataset's release calendar); null without a release
    /// date, when the figures are dated by the reports they cite, else by the day they were ingested.
    /// </summary>
    [JsonPropertyName("release_date_basis")]
    public string? ReleaseDateBasis { get; init; }

    /// <summary>The basis in words, for a table: "stated in the file", "not before: its period ended", "cited reports or ingest day".</summary>
    [JsonIgnore]
    public string Basis => ReleaseDateBasis switch
    {
        "file" => "stated in the file",
        "period-end" => "not before: its period ended",
        "calendar" => "release calendar",
        _ => "cited reports or ingest day",
    };

    /// <summary>When it was ingested (UTC).</summary>
    [JsonPropertyName("ingested_at")]
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>How many figures it gave.</summary>
    [JsonPropertyName("rows")]
    public required int Rows { get; init; }

    /// <summary>Whether the file is synthetic test data.</summary>
    [JsonPropertyName("synthetic")]
    public bool Synthetic { get; init; }

    /// <summary>The earliest publication date of its figures (release date, else cited reports, else ingest day).</summary>
    [JsonPropertyName("published_first")]
    public string? PublishedFirst { get; init; }

    /// <summary>The latest publication date of its figures.</summary>
    [JsonPropertyName("published_last")]
    public string? PublishedLast { get; init; }

    /// <summary>When it was published, in one phrase: its release date, else the span of its figures' dates; empty when unknown.</summary>
    [JsonIgnore]
    public string Published => ReleaseDate
        ?? (PublishedFirst is null ? "" : PublishedFirst == PublishedLast ? PublishedFirst : $"{PublishedFirst} to {PublishedLast}");
}
