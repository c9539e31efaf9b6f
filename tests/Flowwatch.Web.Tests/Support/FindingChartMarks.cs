using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Flowwatch.Web.Tests.Support;

/// <summary>Reads a finding from /api/findings and the chart mark its page embeds.</summary>
internal static class FindingChartMarks
{
    public static async Task<(JsonElement Finding, IElement Canvas, JsonElement Mark)> Page(HttpClient client, string detector, Func<JsonElement, bool> which)
    {
        using JsonDocument api = JsonDocument.Parse(await client.GetStringAsync("/api/findings?partner=KP"));
        JsonElement finding = api.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("detector").GetString() == detector && which(f)).Clone();
        string html = await client.GetStringAsync("/findings/" + finding.GetProperty("id").GetString());
        IElement canvas = new HtmlParser().ParseDocument(html).QuerySelector("canvas.series-chart")!;
        Assert.NotNull(canvas);
        using JsonDocument mark = JsonDocument.Parse(canvas.GetAttribute("data-mark")!);
        return (finding, canvas, mark.RootElement.Clone());
    }
}
