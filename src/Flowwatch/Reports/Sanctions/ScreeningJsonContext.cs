using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Sanctions;

/// <summary>Source-generated JSON for the screening contract (AOT-compatible).</summary>
[JsonSerializable(typeof(ScreeningReport))]
[JsonSerializable(typeof(DesignatedNameRow[]))]
public sealed partial class ScreeningJsonContext : JsonSerializerContext
{
    private static readonly Lazy<ScreeningJsonContext> LazyIndented = new(() => new ScreeningJsonContext(MakeOptions(indented: true)));
    private static readonly Lazy<ScreeningJsonContext> LazyLine = new(() => new ScreeningJsonContext(MakeOptions(indented: false)));

    /// <summary>Indented, with Hangul and Cyrillic unescaped.</summary>
    public static ScreeningJsonContext Indented => LazyIndented.Value;

    /// <summary>One object per line (JSON Lines), unescaped.</summary>
    public static ScreeningJsonContext Line => LazyLine.Value;

    private static JsonSerializerOptions MakeOptions(bool indented) => new()
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
