using AngleSharp.Html.Parser;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Charts;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Html;

/// <summary>
/// The findings report (<c>flowwatch report</c>'s report.html) fed markup in every text a finding carries (title,
/// explanation, rules, events, citations, file names) and <c>javascript:</c> as every address: it comes out only as text.
/// </summary>
public sealed class HostileFindingsReportHtmlTests : IDisposable
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>&amp;";
    private const string Script = "javascript:alert(1)";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Report_html_shows_hostile_markup_only_as_text_and_links_no_script()
    {
        var key = new SeriesKey(DatasetId.Parse("ru-fsb-entries-by-purpose"), Country.Parse("RU"), Country.Parse("KP"), Breakdown.Parse("study"));
        var document = new SourceDocument(new string('b', 64), Payload + ".csv", "tidy-csv", Payload, null);
        Citation[] citations = [new(Payload, Payload, Payload, Script), new("", "", "", "https://example.org/?q=\"><img src=x onerror=alert(1)>")];
        Observation[] figures =
        [
            .. new[] { "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2" }.Select(p => new Observation(key, Period.Parse(p), 100, ObservationFlag.AsPublished, new Provenance(document, SourceLocator.AtLine(2), citations))),
            new Observation(key, Period.Parse("2024-Q3"), 3765, ObservationFlag.AsPublished, new Provenance(document, SourceLocator.AtLine(3), citations), Payload),
        ];
        var rule = new Rule(Payload, Payload, Payload, new DateOnly(2017, 12, 22), null, [Country.Parse("KP")], [], [], Payload, Script);
        var finding = new Finding(
            "f0123456789abcde", DetectorNames.Surge, key, Period.Parse("2024-Q3"), 3765, 100, 37.65, 9.9, Severity.High,
            [rule], Payload, [figures[^1]], [new ContextEvent(new DateOnly(2024, 6, 19), Payload, ["KP", "RU"], Payload, Script)]);

        string path = ReportWriter.Write(_temp.File("report"), [finding], figures, Payload);

        var doc = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(File.ReadAllText(path)); // strict mode throws on a malformed page
        Assert.Empty(doc.QuerySelectorAll("script"));
        var img = Assert.Single(doc.QuerySelectorAll("img")); // the chart, and no injected image
        Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(doc.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org/?q=\"><img src=x onerror=alert(1)>");
        Assert.Equal(Payload, doc.Title);
        Assert.Equal(Payload, doc.QuerySelector("h1")!.TextContent);
        Assert.Contains(Payload, doc.QuerySelector("p.explanation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Payload, doc.QuerySelector("p.rules")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Payload, doc.QuerySelector("ol.events")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Payload, doc.QuerySelector("table.evidence tbody")!.TextContent, StringComparison.Ordinal);
    }
}
