using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Source-generated JSON for the outputs' contracts: no reflection, so the command stays AOT-compatible.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<SeriesRow>))]
[JsonSerializable(typeof(List<SeriesRow>))]
[JsonSerializable(typeof(SourcesListing))]
[JsonSerializable(typeof(IReadOnlyList<SourceFileRow>))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
    // Names in Cyrillic and Hangul are written as themselves, not as \u escapes: the output is data, not HTML.
    private static readonly Lazy<ReportJsonContext> LazyReadable = new(() => new ReportJsonContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context with readable (unescaped) non-ASCII text.</summary>
    public static ReportJsonContext Readable => LazyReadable.Value;
}
