using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Application.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
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
        Assert.Equal(["reference", "name", "matched_name", "type", "score", "alert", "explanation", "common_name", "list"], first.EnumerateObject().Select(p => p.Name));
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

    [Fact]
    public async Task A_removed_entry_keeps_a_page_that_says_when_and_by_which_version()
    {
        using var factory = new FlowwatchFactory { Seeded = false };
        using (ObservationStore figures = SqliteObservationStore.Open(factory.DatabasePath))
        using (ISanctionsStore store = SqliteSanctionsStore.Open(factory.DatabasePath))
        {
            var lists = new SanctionsLists(store);
            lists.LoadBundled();

            // The bundled list a year on, without KPi.001 (written here: the reader is what is tested elsewhere).
            string xml = Encoding.UTF8.GetString(BundledSanctionsList.File().Bytes);
            int start = xml.IndexOf("<INDIVIDUAL>", xml.IndexOf("KPi.001", StringComparison.Ordinal) - 400, StringComparison.Ordinal);
            int end = xml.IndexOf("</INDIVIDUAL>", start, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
            xml = xml.Remove(start, end - start).Replace("dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated='2025-09-26T00:00:00.000Z'", StringComparison.Ordinal);
            Assert.NotNull(lists.Load("consolidated-2025.xml", new SourceFile("consolidated-2025.xml", Encoding.UTF8.GetBytes(xml))).Stored);
        }

        HttpClient client = factory.CreateClient();
        HttpResponseMessage response = await client.GetAsync(new Uri("/sanctions/KPi.001", UriKind.Relative));
        string page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("removed from the list", page, StringComparison.Ordinal);
        Assert.Contains("removed in the version generated 2025-09-26 (file consolidated-2025.xml", page, StringComparison.Ordinal);
        Assert.Contains("YUN HO-JIN", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/sanctions/XXx.999", UriKind.Relative))).StatusCode);
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
