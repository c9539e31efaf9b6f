using System.Text.Json.Serialization;
using Flowwatch.Reports;

namespace Flowwatch.Application.Watching;

/// <summary>Source-generated JSON for alerts: one compact line each, no reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AlertMessage))]
[JsonSerializable(typeof(FindingRow))]
[JsonSerializable(typeof(ListAlertMessage))]
public sealed partial class WatchJsonContext : JsonSerializerContext;
