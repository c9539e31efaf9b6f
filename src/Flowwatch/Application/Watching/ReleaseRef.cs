using System.Text.Json.Serialization;

namespace Flowwatch.Application.Watching;

/// <summary>The file an alert names as its cause.</summary>
public sealed record ReleaseRef
{
    /// <summary>The file's name.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>Its SHA-256.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>
    /// witness: the file states a figure the finding rests on; scan: the file arrived in the scan that changed the
    /// finding but is not among its figures (a suppression, a resolved finding), so it is the likely, not a proven, cause;
    /// list: a sanctions-list version, compared entry by entry with the one watched before.
    /// </summary>
    [JsonPropertyName("basis")]
    public required string Basis { get; init; }
}
