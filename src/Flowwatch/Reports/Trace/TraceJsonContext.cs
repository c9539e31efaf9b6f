using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Trace;

/// <summary>Source-generated JSON for the trace contract (AOT-compatible).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(TraceReport))]
public sealed partial class TraceJsonContext : JsonSerializerContext
{
    private static readonly Lazy<TraceJsonContext> LazyReadable = new(() => new TraceJsonContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context with readable (unescaped) Cyrillic, Hangul and umlauts.</summary>
    public static TraceJsonContext Readable => LazyReadable.Value;
}
