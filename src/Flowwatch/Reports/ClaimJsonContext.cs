using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Source-generated JSON for the verify report (AOT-compatible).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ClaimReport))]
public sealed partial class ClaimJsonContext : JsonSerializerContext
{
    private static readonly Lazy<ClaimJsonContext> LazyReadable = new(() => new ClaimJsonContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context with readable (unescaped) Cyrillic and umlauts.</summary>
    public static ClaimJsonContext Readable => LazyReadable.Value;
}
