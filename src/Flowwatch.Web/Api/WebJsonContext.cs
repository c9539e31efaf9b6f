using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>Source-generated JSON for the API's own types (no reflection at run time).</summary>
[JsonSerializable(typeof(IReadOnlyList<EventDto>))]
[JsonSerializable(typeof(VerifyRequest))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
