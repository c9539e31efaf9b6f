using AngleSharp.Html.Parser;
using Flowwatch.Reports.Html;
using Flowwatch.Tests.Support;

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

    [Fact]
    public void Holes_of_an_interpolated_string_are_encoded_in_text_and_in_quoted_values()
    {
        string html = new SafeHtmlWriter().Add($"<p class=\"lead\" title=\"{Payload}\">{Payload}</p><p title='{Payload}'>x</p>").ToString();
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        var ps = doc.QuerySelectorAll("p");
        Assert.Equal(2, ps.Length);
        Assert.Equal(Payload, ps[0].TextContent);
        Assert.Equal(Payload, ps[0].GetAttribute("title"));
        Assert.Equal(Payload, ps[1].GetAttribute("title"));
        Assert.Equal(["class", "title"], ps[0].Attributes.Select(a => a.Name));
    }

    [Fact]
    public void Trusted_markup_is_copied_and_a_writers_output_becomes_trusted()
    {
        TrustedHtml section = new SafeHtmlWriter().Add($"<b>{Payload}</b>").ToTrusted();
        string page = new SafeHtmlWriter().Add($"<div>{section}</div>").ToString();
        var doc = new HtmlParser().ParseDocument(page);
        Assert.Equal(Payload, doc.QuerySelector("div > b")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("script, img"));
    }

    [Fact]
    public void Text_keeps_cyrillic_and_hangul_readable_and_numbers_invariant()
    {
        foreach (string culture in CultureSaver.Cultures)
        {
            CultureSaver.Run(culture, () =>
            {
                string html = new SafeHtmlWriter().Add($"<p>КНДР 북한 {13221.5m:N1} {new DateOnly(2025, 2, 5):yyyy-MM-dd}</p>").ToString();
                Assert.Equal("<p>КНДР 북한 13,221.5 2025-02-05</p>", html);
            });
        }
    }

    public static TheoryData<string, string, Func<SafeHtmlWriter, SafeHtmlWriter>> MisplacedHoles => new()
    {
        { "an attribute name", "outside an attribute value", w => w.Add($"<p {"onclick"}=\"alert(1)\">") },
        { "a tag name", "a tag name", w => w.Add($"<{"script"}>") },
        { "an end tag", "a tag name", w => w.Add($"</{"p"}>") },
        { "an unquoted value", "unquoted value", w => w.Add($"<p title={"x onmouseover=alert(1)"}>") },
        { "a script", "raw text of <script>", w => w.Add($"<script>{"alert(1)"}</script>") },
        { "a style", "raw text of <style>", w => w.Add($"<style>{"p{color:red}"}</style>") },
        { "a style attribute", "'style' attribute", w => w.Add($"<p style=\"{"background:url(//evil)"}\">") },
        { "a comment", "a comment", w => w.Add($"<!-- {"x"} -->") },
        { "an event handler written as a literal", "Event-handler attribute 'onclick'", w => w.Add($"<p onclick=\"alert(1)\">") },
        { "a URL that a text hole begins", "must be a SafeUrl", w => w.Add($"<a href=\"{"javascript:alert(1)"}\">x</a>") },
        { "a URL whose scheme a text hole completes", "must be a SafeUrl", w => w.Add($"<a href=\"java{"script:alert(1)"}\">x</a>") },
        { "trusted markup in an attribute", "Trusted markup", w => w.Add($"<p title=\"{new SafeHtmlWriter().Add($"<b>x</b>").ToTrusted()}\">") },
        { "text in a style element", "raw text of <style>", w => w.Open("style").Text("p{color:red}") },
        { "an element after an open tag", "An element cannot be written", w => w.Add($"<p class=\"").Open("b") },
    };

    [Theory]
    [MemberData(nameof(MisplacedHoles))]
    public void A_hole_where_encoding_does_not_make_text_safe_is_refused(string where, string message, Func<SafeHtmlWriter, SafeHtmlWriter> write)
    {
        var e = Assert.Throws<InvalidOperationException>(() => write(new SafeHtmlWriter()));
        Assert.True(e.Message.Contains(message, StringComparison.Ordinal), $"{where}: {e.Message}");
    }

    [Fact]
    public void A_url_hole_must_be_a_safe_url_unless_a_literal_path_comes_first()
    {
        Assert.False(SafeUrl.TryParse("javascript:alert(1)", out _));
        Assert.True(SafeUrl.TryParse("https://undocs.org/S/RES/2397(2017)", out SafeUrl web));
        Assert.True(web.IsWeb);
        Assert.True(SafeUrl.TryParse("/series?partner=KP", out SafeUrl local));
        Assert.False(local.IsWeb);

        string html = new SafeHtmlWriter()
            .Add($"<a href=\"{web}\">un</a><a href=\"/findings/{"javascript:alert(1)"}\">f</a><a href=\"#claim-{3}\">c</a>")
            .ToString();
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal(["https://undocs.org/S/RES/2397(2017)", "/findings/javascript:alert(1)", "#claim-3"], doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // A literal after the hole that would make it a scheme is caught when the value closes.
        Assert.Throws<ArgumentException>(() => new SafeHtmlWriter().Add($"<a href=\"{SafeUrl.Parse("javascript")}:alert(1)\">x</a>"));
        Assert.Throws<ArgumentException>(() => SafeUrl.Parse("data:text/html,x"));
    }

    [Fact]
    public void Markup_that_ends_inside_a_tag_is_an_error_not_a_broken_page()
    {
        Assert.Throws<InvalidOperationException>(() => new SafeHtmlWriter().Add($"<p class=\"x").ToString());
        Assert.Throws<InvalidOperationException>(() => new SafeHtmlWriter().Add($"<script src=\"/a.js\">").ToString());
        Assert.Equal("<p>a &lt; b</p><script src=\"/a.js\"></script>", new SafeHtmlWriter().Add($"<p>a &lt; b</p><script src=\"{SafeUrl.Parse("/a.js")}\"></script>").ToString());
    }

    [Fact]
    public void A_png_is_embedded_from_its_bytes_and_nothing_else_is()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        string html = new SafeHtmlWriter().Open("img").Attribute("alt", Payload).PngSource(png).ToString();
        var img = new HtmlParser().ParseDocument(html).QuerySelector("img")!;
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), img.GetAttribute("src"));
        Assert.Equal(Payload, img.GetAttribute("alt"));
        // A section holding the image can be copied into a page: what the writer checked is not refused again.
        TrustedHtml figure = new SafeHtmlWriter().Add($"<figure>").Open("img").PngSource(png).Add($"</figure>").ToTrusted();
        Assert.Equal(figure.Value, new SafeHtmlWriter().Add($"{figure}").ToString());
        Assert.Throws<ArgumentException>(() => new SafeHtmlWriter().Open("img").PngSource("<svg onload=alert(1)>"u8));
        Assert.Throws<ArgumentException>(() => new SafeHtmlWriter().Open("img").Attribute("src", "data:image/png;base64,AAAA"));
    }
}
