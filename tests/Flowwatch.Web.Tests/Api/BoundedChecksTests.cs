using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>
/// The server bounds what one client can make it do (hostile-input round two, R13): a paste of thousands of claims
/// gets an answer of bounded size, checks beyond the limit are turned away with 503 and Retry-After, and a paste
/// larger than the server takes gets the check page saying so.
/// </summary>
public sealed class BoundedChecksTests : IDisposable
{
    // A paste of one sentence repeated: every repeat is a claim, as in the reproducer's 0.96 MB body.
    private const string Sentence = "Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein. ";

    private readonly FlowwatchFactory _factory = new() { MaxBodyBytes = 256 * 1024, MaxConcurrentChecks = 1, QueuedChecks = 0 };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_paste_of_thousands_of_claims_gets_the_first_500_and_a_count_of_the_rest()
    {
        int repeats = 3000;
        string body = JsonSerializer.Serialize(new { text = string.Concat(Enumerable.Repeat(Sentence, repeats)), lang = "de", published = "2025-02-10" });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _factory.CreateClient().PostAsync("/api/verify", content);
        string answer = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument doc = JsonDocument.Parse(answer);
        Assert.Equal(500, doc.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Equal(repeats - 500, doc.RootElement.GetProperty("claims_left_out").GetInt32());
        Assert.All(doc.RootElement.GetProperty("claims").EnumerateArray(), c => Assert.Equal("supported", c.GetProperty("verdict").GetString()));
        // 500 claims of a few kilobytes each, however long the paste: before the bound, 3,000 repeats answered 11 MB.
        Assert.True(answer.Length < 2_500_000, $"{answer.Length:N0} characters answered");
    }

    [Fact]
    public async Task A_sentence_without_end_is_quoted_around_each_claim_not_whole()
    {
        string text = "Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein, " + string.Concat(Enumerable.Repeat("und viele weitere Worte ohne Zahl, ", 400));
        using var content = new StringContent(JsonSerializer.Serialize(new { text, lang = "de", published = "2025-02-10" }), Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _factory.CreateClient().PostAsync("/api/verify", content);
        using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement claim = Assert.Single(doc.RootElement.GetProperty("claims").EnumerateArray());
        string sentence = claim.GetProperty("sentence").GetString()!;
        Assert.True(sentence.Length <= 602, $"a sentence of {sentence.Length:N0} characters");
        Assert.Contains("13.221 Nordkoreaner", sentence, StringComparison.Ordinal);
        Assert.EndsWith("…", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_beyond_the_limit_are_turned_away_with_503_and_Retry_After()
    {
        string body = JsonSerializer.Serialize(new { text = string.Concat(Enumerable.Repeat(Sentence, 3000)), lang = "de", published = "2025-02-10" });
        HttpClient client = _factory.CreateClient();
        HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostAsync("/api/verify", new StringContent(body, Encoding.UTF8, "application/json"))));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.ServiceUnavailable);
        HttpResponseMessage busy = answers.First(a => a.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Try again in 5 seconds", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, a.StatusCode.ToString()));
    }

    [Fact]
    public async Task An_over_size_paste_into_the_check_page_gets_the_page_saying_so()
    {
        using var form = new FormUrlEncodedContent([new("text", new string('a', 300 * 1024)), new("lang", "auto")]);
        HttpResponseMessage response = await _factory.CreateClient().PostAsync("/check", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("larger than this server accepts", page, StringComparison.Ordinal);
        Assert.Contains("<form", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/findings.json", "application/problem+json", "no API endpoint")]
    [InlineData("/api/series.csv", "application/problem+json", "no API endpoint")]
    [InlineData("/series/x.y", "text/html", "There is no page")]
    [InlineData("/findings/a.b.c", "text/html", "no finding")]
    public async Task A_dotted_path_answers_404_with_a_body(string path, string type, string expected)
    {
        HttpResponseMessage response = await _factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
