using System.Text.Json.Serialization;

namespace Flowwatch.Web.Pages;

/// <summary>Source-generated JSON for the data the pages embed for their charts (no reflection at run time).</summary>
[JsonSerializable(typeof(FindingChartJson))]
[JsonSerializable(typeof(GenealogyChartJson))]
internal sealed partial class ChartJsonContext : JsonSerializerContext;
