using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>HTTP as clients expect it: HEAD beside GET, 405 with Allow, 415 for a body that is not JSON, a /findings index.</summary>
public sealed class HttpConventionsTests : IClassFixture<FlowwatchFactory>
{
    private readonly HttpClient _client;

    public HttpConventionsTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/findings")]
    [InlineData("/api/sources")]
    [InlineData("/assets/css/site.css")]
    public async Task Head_answers_a_get_route_with_its_headers_and_no_body(string path)
    {
        using HttpResponseMessage get = await _client.GetAsync(path);
        byte[] getBody = await get.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using HttpResponseMessage head = await _client.SendAsync(request);
        byte[] headBody = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(headBody);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Head_on_an_unknown_path_is_404_like_get()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/no-such-page");
        using HttpResponseMessage head = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("GET", "/api/verify", "POST")]
    [InlineData("GET", "/api/screen", "POST")]
    [InlineData("POST", "/api/sources", "GET, HEAD")]
    [InlineData("DELETE", "/findings/some-id", "GET, HEAD")]
    [InlineData("PUT", "/check", "GET, HEAD, POST")]
    [InlineData("GET", "/match/default", "POST")]
    [InlineData("POST", "/api/series", "GET, HEAD")]
    [InlineData("POST", "/", "GET, HEAD")]
    public async Task A_wrong_method_on_a_known_route_is_405_with_allow(string method, string path, string allow)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_path_stays_404_whatever_the_method()
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/nothing-here", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/api/verify", "text/plain")]
    [InlineData("/api/screen", "text/plain")]
    [InlineData("/api/verify", "application/x-www-form-urlencoded")]
    [InlineData("/api/screen", null)]
    [InlineData("/match/default", "text/plain")]
    public async Task A_post_without_a_json_content_type_is_415(string path, string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"text": "x", "name": "x"}"""));
        if (contentType is not null)
        {
            content.Headers.ContentType = new(contentType);
        }

        using HttpResponseMessage response = await _client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(415, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("application/json", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_findings_index_links_every_finding()
    {
        using JsonDocument api = JsonDocument.Parse(await _client.GetStringAsync("/api/findings"));
        string[] ids = [.. api.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
        Assert.NotEmpty(ids);

        using HttpResponseMessage response = await _client.GetAsync("/findings");
        string page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        foreach (string id in ids)
        {
            Assert.Contains($"href=\"/findings/{Uri.EscapeDataString(id)}\"", page, StringComparison.Ordinal);
        }

        // Nothing folded away on the index, unlike the overview.
        Assert.DoesNotContain("<details class=\"more\">", page, StringComparison.Ordinal);
    }
}
