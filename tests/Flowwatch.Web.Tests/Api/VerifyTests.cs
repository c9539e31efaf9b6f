using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class VerifyTests : IClassFixture<FlowwatchFactory>
{
    private readonly HttpClient _client;

    public VerifyTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    /// <summary>The seed article as the Check page offers it (served by the app itself).</summary>
    private async Task<JsonElement> SeedArticle() =>
        JsonDocument.Parse(await _client.GetStringAsync("/assets/samples/seed-article.json")).RootElement;

    [Fact]
    public async Task The_seed_article_gets_the_verdicts_a_fact_checker_reaches()
    {
        JsonElement seed = await SeedArticle();
        string text = seed.GetProperty("text").GetString()!;
        using var content = new StringContent(JsonSerializer.Serialize(new { text, published = seed.GetProperty("published").GetString(), lang = "auto" }), Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync("/api/verify", content);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.Equal("de", json.RootElement.GetProperty("document").GetProperty("language").GetString());
        var verdicts = json.RootElement.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("verdict").GetString()!);
        Assert.Equal("supported", verdicts.Single(v => v.Key.Contains("13.221", StringComparison.Ordinal)).Value);
        Assert.Equal("supported", verdicts.Single(v => v.Key.Contains("Verzwölffachung", StringComparison.Ordinal)).Value);
        Assert.Equal("supported", verdicts.Single(v => v.Key.Contains("8.000", StringComparison.Ordinal)).Value);
        Assert.Equal("not_checkable", verdicts.Single(v => v.Key.Contains("12.000", StringComparison.Ordinal)).Value);
        foreach (JsonElement claim in json.RootElement.GetProperty("claims").EnumerateArray())
        {
            int start = claim.GetProperty("start").GetInt32(), end = claim.GetProperty("end").GetInt32();
            Assert.Equal(claim.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2024-11-09")]
    public async Task A_reference_figure_supports_a_claim_as_in_the_cli(string? published)
    {
        // data/capacity.csv holds about 130 DPRK students enrolled in Russia; `flowwatch verify` marks this supported, and the
        // web must too, with the latest figures (no date) and with the figures as of the article's date.
        const string text = "Russian universities reported only about 130 North Korean students.";
        using var content = new StringContent(JsonSerializer.Serialize(new { text, published, lang = "en" }), Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync("/api/verify", content);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using JsonDocument json = JsonDocument.Parse(body);
        JsonElement claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal("supported", claim.GetProperty("verdict").GetString());
    }
}
