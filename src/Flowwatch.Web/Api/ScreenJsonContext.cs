using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>Source-generated JSON for the screening request (AOT-compatible).</summary>
[JsonSerializable(typeof(ScreenRequest))]
internal sealed partial class ScreenJsonContext : JsonSerializerContext;
