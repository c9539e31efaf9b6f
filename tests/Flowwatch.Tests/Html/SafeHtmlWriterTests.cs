using AngleSharp.Html.Parser;
using Flowwatch.Reports.Html;

namespace Flowwatch.Tests.Html;

public sealed class SafeHtmlWriterTests
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>&amp;";

    [Fact]
    public void Text_and_attribute_values_are_encoded_and_inject_no_element()
    {
        string html = new SafeHtmlWriter().Open("p").Attribute("title", Payload).Text(Payload).Close().ToString();
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        var p = Assert.Single(doc.QuerySelectorAll("p"));
        Assert.Equal(Payload, p.TextContent);
        Assert.Equal(Payload, p.GetAttribute("title"));
        Assert.Single(p.Attributes);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    public void Unsafe_urls_are_refused(string url)
    {
        Assert.False(SafeHtmlWriter.IsSafeUrl(url));
        Assert.Throws<ArgumentException>(() => new SafeHtmlWriter().Open("a").Attribute("href", url));
        string html = new SafeHtmlWriter().Open("p").Link(url, "x").Close().ToString();
        Assert.Equal("<p>x</p>", html);
    }

    [Theory]
    [InlineData("https://ec.europa.eu/eurostat")]
    [InlineData("/series?reporter=DE")]
    [InlineData("#top")]
    [InlineData("mailto:a@b.org")]
    [InlineData("page?next=javascript:x")]
    public void Safe_urls_are_linked(string url)
    {
        Assert.True(SafeHtmlWriter.IsSafeUrl(url));
        var doc = new HtmlParser().ParseDocument(new SafeHtmlWriter().Link(url, "x").ToString());
        Assert.Equal(url, doc.QuerySelector("a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("onclick")]
    [InlineData("x onload")]
    [InlineData("Title")]
    [InlineData("a\"b")]
    public void Event_handlers_and_invalid_attribute_names_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new SafeHtmlWriter().Open("p").Attribute(name, "v"));

    [Theory]
    [InlineData("p onclick=x")]
    [InlineData("SCRIPT>")]
    [InlineData("")]
    public void Invalid_element_names_are_refused(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new SafeHtmlWriter().Open(name));

    [Fact]
    public void An_unclosed_element_is_an_error_not_a_broken_page() =>
        Assert.Throws<InvalidOperationException>(() => new SafeHtmlWriter().Open("div").ToString());
}
