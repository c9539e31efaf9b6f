using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports.ClaimReview;

/// <summary>Source-generated JSON for the ClaimReview JSON-LD (AOT-compatible).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ClaimReviewRow>))]
public sealed partial class ClaimReviewJsonContext : JsonSerializerContext
{
    private static readonly Lazy<ClaimReviewJsonContext> LazyReadable = new(() => new ClaimReviewJsonContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context with readable (unescaped) Cyrillic, Hangul and umlauts.</summary>
    public static ClaimReviewJsonContext Readable => LazyReadable.Value;
}
