using System.Text.Json.Serialization;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Store.Sanctions;

/// <summary>Source-generated JSON for the record bodies the store keeps (AOT-compatible).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(DesignatedParty))]
internal sealed partial class SanctionsJsonContext : JsonSerializerContext;
