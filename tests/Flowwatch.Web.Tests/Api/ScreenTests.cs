using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class ScreenTests : IClassFixture<FlowwatchFactory>
{
    private readonly HttpClient _client;

    public ScreenTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("Park Do-chun", "KPi.050")]
    [InlineData("Пак То Чхун", "KPi.050")]
    [InlineData("Korea Yonbong General Corp.", "KPe.002")]
    public async Task Screen_answers_with_the_cli_contract(string name, string reference)
    {
        using JsonDocument json = await Post("/api/screen", new { name });
        JsonElement first = json.RootElement.GetProperty("matches")[0];
        Assert.Equal(name, json.RootElement.GetProperty("query").GetString());
        Assert.Equal(reference, first.GetProperty("reference").GetString());
        Assert.True(first.GetProperty("alert").GetBoolean());
        Assert.Equal(["reference", "name", "matched_name", "type", "score", "alert", "explanation"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task An_unlisted_leader_raises_no_alert()
    {
        using JsonDocument json = await Post("/api/screen", new { name = "Kim Jong Un", type = "person" });
        Assert.DoesNotContain(json.RootElement.GetProperty("matches").EnumerateArray(), m => m.GetProperty("alert").GetBoolean());
    }

    [Theory]
    [InlineData("{}", "'name' is required")]
    [InlineData("{\"name\": \"Ri\", \"type\": \"robot\"}", "'type' is 'robot'")]
    [InlineData("{\"name\": \"Ri\", \"dob\": \"soon\"}", "'dob' is 'soon'")]
    [InlineData("not json", "must be JSON")]
    public async Task A_bad_body_is_a_problem_with_the_reason(string body, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync("/api/screen", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_marks_designated_names_in_the_article()
    {
        using JsonDocument json = await Post("/api/verify", new { text = "The Mansudae Overseas Project Group sent 13,221 workers to Russia in 2024, Kim Jong Un said." });
        JsonElement mark = Assert.Single(json.RootElement.GetProperty("designated_names").EnumerateArray());
        Assert.Equal("KPe.050", mark.GetProperty("reference").GetString());
        Assert.Equal("Mansudae Overseas Project Group", mark.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_sanctions_page_lists_the_dprk_entries_and_screens_a_name()
    {
        string page = await _client.GetStringAsync("/sanctions?q=" + Uri.EscapeDataString("박도춘"));
        Assert.Contains("id=\"KPi.002\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"KPe.050\"", page, StringComparison.Ordinal);
        Assert.Contains("Mansudae Art Studio", page, StringComparison.Ordinal);
        Assert.Contains("ALERT", page, StringComparison.Ordinal);
        Assert.Contains("박도춘", page, StringComparison.Ordinal);
        string entry = await _client.GetStringAsync("/sanctions/KPe.050");
        Assert.Contains("2017-08-05", entry, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/sanctions/XXx.999")).StatusCode);
        string hostile = await _client.GetStringAsync("/sanctions?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", hostile, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> Post(string path, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync(path, content);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }
}
