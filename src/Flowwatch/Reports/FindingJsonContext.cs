using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Source-generated JSON for findings: no reflection, so the command stays AOT-compatible.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(FindingsDocument))]
public sealed partial class FindingJsonContext : JsonSerializerContext
{
    private static readonly Lazy<FindingJsonContext> LazyReadable = new(() => new FindingJsonContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context with readable (unescaped) non-ASCII text.</summary>
    public static FindingJsonContext Readable => LazyReadable.Value;
}
