using AngleSharp.Html.Parser;
using Flowwatch.Reports.Sanctions;

namespace Flowwatch.Tests.Html;

/// <summary>The verify page's sanctions section fed markup in every field of a mark: it comes out only as text.</summary>
public sealed class HostileDesignatedNamesHtmlTests
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>&amp;";

    [Fact]
    public void Every_field_is_text_and_the_link_stays_on_the_site()
    {
        var row = new DesignatedNameRow
        {
            Start = 0,
            End = 1,
            Text = Payload,
            Reference = "javascript:alert(1)/" + Payload,
            Name = Payload,
            MatchedName = Payload,
            Regime = Payload,
            ListedOn = Payload,
            Reason = Payload,
            Score = 0.5,
            Rule = Payload,
            Explanation = Payload,
            List = Payload,
        };
        var doc = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument("<!doctype html><title>t</title>" + DesignatedNameReports.ToHtml([row])); // a fragment: strict mode wants a document;
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        var li = Assert.Single(doc.QuerySelectorAll("section.designated li"));
        Assert.Equal(Payload, li.QuerySelector("mark")!.TextContent);
        Assert.Equal(Payload, li.QuerySelector("small")!.TextContent);
        string href = li.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/sanctions/javascript%3Aalert", href, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }
}
