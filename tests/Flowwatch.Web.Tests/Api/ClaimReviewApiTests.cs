using System.Net.Http.Json;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>POST /api/verify?format=claimreview: the same ClaimReview JSON-LD as `verify --format claimreview`.</summary>
public sealed class ClaimReviewApiTests : IClassFixture<FlowwatchFactory>
{
    private readonly HttpClient _client;

    public ClaimReviewApiTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Each_claim_comes_back_as_a_ClaimReview_with_its_rating_and_appearance()
    {
        string text = "---\ndate: 2025-02-10\noutlet: dagens.de\nurl: https://dagens.de/welt/x\nlang: de\n---\nDaten zeigen, dass im Jahr 2024 insgesamt 13.221 Nordkoreaner nach Russland eingereist sind.\n";
        using HttpResponseMessage response = await _client.PostAsJsonAsync("/api/verify?format=claimreview", new { text });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement review = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("supported", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(3, review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("https://dagens.de/welt/x", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("dagens.de", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("publisher").GetProperty("name").GetString());

        using HttpResponseMessage bad = await _client.PostAsJsonAsync("/api/verify?format=rdf", new { text });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
