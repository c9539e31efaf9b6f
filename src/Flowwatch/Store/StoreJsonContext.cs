using System.Text.Json.Serialization;
using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>Source-generated JSON for what the store keeps as JSON text (citation lists); no reflection, so AOT works.</summary>
[JsonSerializable(typeof(Citation[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
