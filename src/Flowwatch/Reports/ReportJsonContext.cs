using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Source-generated JSON for the outputs' contracts: no reflection, so the command stays AOT-compatible.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<SeriesRow>))]
[JsonSerializable(typeof(List<SeriesRow>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
