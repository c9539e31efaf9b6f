using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Flowwatch.Cli;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class ApiTests : IClassFixture<FlowwatchFactory>
{
    private readonly FlowwatchFactory _factory;
    private readonly HttpClient _client;

    public ApiTests(FlowwatchFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Series_gives_the_2024_study_quarters_with_their_sources()
    {
        using JsonDocument json = await GetJson("/api/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&breakdown=study&by=quarter");
        var byPeriod = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("period").GetString()!, r => r);
        Assert.Equal(38m, byPeriod["2024-Q1"].GetProperty("value").GetDecimal());
        Assert.Equal(332m, byPeriod["2024-Q2"].GetProperty("value").GetDecimal());
        Assert.Equal(3765m, byPeriod["2024-Q3"].GetProperty("value").GetDecimal());
        JsonElement q3 = byPeriod["2024-Q3"];
        foreach (string field in new[] { "dataset", "reporter", "partner", "breakdown", "period", "value", "flag", "sources" })
        {
            Assert.True(q3.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.NotEmpty(q3.GetProperty("sources")[0].GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Series_answers_as_the_series_command_does()
    {
        using JsonDocument api = await GetJson("/api/series?partner=KP&breakdown=total&by=year");
        var output = new StringWriter();
        int exit = CliApp.Run(["series", "--db", _factory.DatabasePath, "--partner", "KP", "--breakdown", "total", "--by", "year", "--format", "json"], output, new StringWriter());
        Assert.Equal(0, exit);
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        Assert.True(JsonElement.DeepEquals(cli.RootElement, api.RootElement), "the API and `flowwatch series --format json` differ");
    }

    [Fact]
    public async Task Sources_lists_the_files_as_the_sources_command_does_with_the_citations_beside()
    {
        using JsonDocument api = await GetJson("/api/sources");
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["sources", "--db", _factory.DatabasePath, "--format", "json"], output, new StringWriter()));
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        Assert.True(JsonElement.DeepEquals(cli.RootElement, api.RootElement.GetProperty("files")), "the API's files and `flowwatch sources --format json` differ");
        JsonElement file = Assert.Single(api.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("observations.csv", file.GetProperty("file").GetString());
        JsonElement rfa = api.RootElement.GetProperty("citations").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "RFA-KO-20250204");
        Assert.Equal("ko", rfa.GetProperty("language").GetString());
        Assert.StartsWith("https://", rfa.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_by_year_marks_sums_of_quarters_as_derived_and_the_2023_disagreement_as_disputed()
    {
        using JsonDocument json = await GetJson("/api/series?partner=KP&dataset=ru-fsb-entries-by-purpose&breakdown=total&by=year");
        JsonElement y2023 = json.RootElement.EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2023");
        Assert.Equal(1117m, y2023.GetProperty("value").GetDecimal());
        Assert.True(y2023.GetProperty("disputed").GetBoolean());
        Assert.NotEmpty(y2023.GetProperty("disagreements").EnumerateArray());
    }

    [Fact]
    public async Task Series_as_of_a_day_answers_with_what_had_been_published_by_then_as_the_command_does()
    {
        const string query = "partner=KP&dataset=ru-fsb-entries-by-purpose&as_of=2024-12-31";
        using JsonDocument api = await GetJson("/api/series?" + query);
        Assert.DoesNotContain(api.RootElement.EnumerateArray(), r => r.GetProperty("period").GetString() == "2024");
        Assert.Contains(api.RootElement.EnumerateArray(), r => r.GetProperty("period").GetString() == "2024-Q3");
        var output = new StringWriter();
        int exit = CliApp.Run(["series", "--db", _factory.DatabasePath, "--partner", "KP", "--dataset", "ru-fsb-entries-by-purpose", "--as-of", "2024-12-31", "--format", "json"], output, new StringWriter());
        Assert.Equal(0, exit);
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        Assert.True(JsonElement.DeepEquals(cli.RootElement, api.RootElement), "the API and `flowwatch series --as-of` differ");
    }

    [Fact]
    public async Task Findings_as_of_a_day_rest_only_on_figures_published_by_then()
    {
        using JsonDocument now = await GetJson("/api/findings?partner=KP");
        using JsonDocument then = await GetJson("/api/findings?partner=KP&as_of=2020-01-01");
        int count = then.RootElement.GetProperty("findings").GetArrayLength();
        Assert.True(count < now.RootElement.GetProperty("findings").GetArrayLength());
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["scan", "--db", _factory.DatabasePath, "--partner", "KP", "--as-of", "2020-01-01", "--format", "json"], output, new StringWriter()));
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        Assert.True(JsonElement.DeepEquals(cli.RootElement, then.RootElement), "the API and `flowwatch scan --as-of` differ");
    }

    [Fact]
    public async Task Series_as_sdmx_csv_by_format_or_by_Accept_is_the_commands_and_plain_json_keeps_the_rows()
    {
        const string query = "/api/series?partner=KP&breakdown=study&by=quarter";
        HttpResponseMessage byFormat = await _client.GetAsync(query + "&format=sdmx-csv");
        Assert.Equal(HttpStatusCode.OK, byFormat.StatusCode);
        Assert.Equal("application/vnd.sdmx.data+csv", byFormat.Content.Headers.ContentType!.MediaType);
        Assert.Contains(byFormat.Content.Headers.ContentType.Parameters, p => p.Name == "version" && p.Value == "2.0.0");
        string sdmx = await byFormat.Content.ReadAsStringAsync();
        Assert.StartsWith("STRUCTURE,STRUCTURE_ID,ACTION,DATASET,REPORTER,PARTNER,BREAKDOWN,TIME_PERIOD,OBS_VALUE,OBS_FLAG", sdmx, StringComparison.Ordinal);
        Assert.Contains("dataflow,FLOWWATCH:DF_FIGURES(1.0.0),I,ru-fsb-entries-by-purpose,RU,KP,study,2024-Q3,3765,", sdmx, StringComparison.Ordinal);

        using var negotiated = new HttpRequestMessage(HttpMethod.Get, query);
        negotiated.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/vnd.sdmx.data+csv;version=2.0.0"));
        HttpResponseMessage byAccept = await _client.SendAsync(negotiated);
        Assert.Equal(sdmx, await byAccept.Content.ReadAsStringAsync());

        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["series", "--db", _factory.DatabasePath, "--partner", "KP", "--breakdown", "study", "--by", "quarter", "--format", "sdmx-csv"], output, new StringWriter()));
        Assert.Equal(output.ToString(), sdmx);

        using var json = new HttpRequestMessage(HttpMethod.Get, query);
        json.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        HttpResponseMessage plain = await _client.SendAsync(json);
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await plain.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    [Fact]
    public async Task Series_as_jsonstat_is_a_json_stat_dataset_of_flowwatchs_dataflow()
    {
        using JsonDocument json = await GetJson("/api/series?partner=KP&breakdown=study&by=quarter&format=jsonstat");
        JsonElement root = json.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("dataset", root.GetProperty("class").GetString());
        Assert.Equal("FLOWWATCH:DF_FIGURES(1.0.0)", root.GetProperty("extension").GetProperty("dataflow").GetString());
        Assert.Equal(["dataset", "reporter", "partner", "breakdown", "time"], root.GetProperty("id").EnumerateArray().Select(e => e.GetString()));
        int[] size = root.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(5, size.Length);
        Assert.All(size, n => Assert.True(n > 0));
        Assert.True(root.GetProperty("value").EnumerateObject().Count() <= size.Aggregate(1, (a, b) => a * b));
        Assert.Equal("North Korea", root.GetProperty("dimension").GetProperty("partner").GetProperty("category").GetProperty("label").GetProperty("KP").GetString());
        Assert.Contains(root.GetProperty("value").EnumerateObject(), v => v.Value.GetDecimal() == 3765m);
    }

    [Fact]
    public async Task A_series_format_not_known_is_a_bad_request_naming_the_formats()
    {
        HttpResponseMessage response = await _client.GetAsync("/api/series?partner=KP&format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json, csv, sdmx-csv or jsonstat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_as_csv_has_a_header_and_rows()
    {
        HttpResponseMessage response = await _client.GetAsync("/api/series?partner=KP&breakdown=study&by=quarter&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        string[] lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("dataset,reporter,partner,breakdown,period,value,flag", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",study,2024-Q3,3765,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("North%20Korea")]
    [InlineData("%D0%9A%D0%9D%D0%94%D0%A0")]
    [InlineData("%EB%B6%81%ED%95%9C")]
    [InlineData("Nordkorea")]
    public async Task Series_takes_a_country_name_where_a_code_is_and_answers_as_for_the_code(string partner)
    {
        string byCode = await _client.GetStringAsync("/api/series?partner=KP&reporter=RU&by=year");
        string byName = await _client.GetStringAsync($"/api/series?partner={partner}&reporter=Russia&by=year");
        Assert.Contains("\"partner\":\"KP\"", byName, StringComparison.Ordinal);
        Assert.Equal(byCode, byName);
    }

    [Fact]
    public async Task Findings_take_a_country_name_where_a_code_is()
    {
        string byCode = await _client.GetStringAsync("/api/findings?partner=KP&min_severity=high");
        string byName = await _client.GetStringAsync("/api/findings?partner=North%20Korea&min_severity=high");
        Assert.Contains("\"partner\":\"KP\"", byName, StringComparison.Ordinal);
        Assert.Equal(byCode, byName);
    }

    [Theory]
    [InlineData("/api/series", "partner")]
    [InlineData("/api/series?partner=Atlantis", "ISO 3166-1 alpha-2 code nor a country name")]
    [InlineData("/api/series?partner=KP&reporter=Congo", "names more than one country")]
    [InlineData("/api/series?partner=KP&by=decade", "year, half, quarter, month")]
    [InlineData("/api/series?partner=KP&as_of=yesterday", "yyyy-MM-dd")]
    [InlineData("/api/series?partner=KP&known_at=yesterday", "ISO 8601")]
    [InlineData("/api/series?partner=KP&include_synthetic=maybe", "true or false")]
    public async Task Bad_series_queries_get_a_problem_that_says_what_was_expected(string url, string expected)
    {
        HttpResponseMessage response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(expected, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_lists_the_ingested_file_and_the_bundled_citations()
    {
        using JsonDocument json = await GetJson("/api/sources");
        JsonElement file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("observations.csv", file.GetProperty("file").GetString());
        Assert.Equal(64, file.GetProperty("sha256").GetString()!.Length);
        Assert.Contains(json.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == "RFA-KO-20250204");
    }

    [Fact]
    public async Task Events_include_the_defence_pact()
    {
        using JsonDocument json = await GetJson("/api/events");
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("date").GetString() == "2024-06-19");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_api_endpoint()
    {
        using JsonDocument json = await GetJson("/openapi/v1.json");
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        JsonElement paths = json.RootElement.GetProperty("paths");
        foreach (string path in new[] { "/api/series", "/api/sources", "/api/events", "/api/verify" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        Assert.False(paths.TryGetProperty("/assets/{path}", out _));
    }

    [Fact]
    public async Task An_over_size_article_gets_413_with_a_clear_message()
    {
        string text = new('a', (int)_factory.MaxBodyBytes + 10);
        using var content = new StringContent(JsonSerializer.Serialize(new { text, lang = "en" }), Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync("/api/verify", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("larger than this server accepts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "text is required")]
    [InlineData("{\"text\": \"x\", \"published\": \"10.02.2025\"}", "ISO date")]
    [InlineData("{\"text\": \"x\", \"lang\": \"fr\"}", "auto, de, en, ko, ru")]
    [InlineData("not json", "must be JSON")]
    public async Task Bad_verify_bodies_get_400_problems(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        HttpResponseMessage response = await _client.PostAsync("/api/verify", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_inside_is_a_problem_without_stack_trace_or_message()
    {
        HttpResponseMessage response = await _client.GetAsync("/api/test-failure");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/series")]
    [InlineData("/sources")]
    [InlineData("/check")]
    [InlineData("/api")]
    [InlineData("/api/series?partner=KP")]
    public async Task Every_answer_carries_a_content_security_policy_without_inline_script(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (response.Content.Headers.ContentType!.MediaType == "text/html")
        {
            string html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        }
    }

    [Fact]
    public async Task Article_text_is_encoded_on_the_check_page()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Evil <script>alert('x')</script> & <img src=x onerror=alert(1)> 13,221 entries"), "text" },
            { new StringContent("en"), "lang" },
            { new StringContent("2025-02-05"), "published" },
        };
        HttpResponseMessage response = await _client.PostAsync("/check", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_file_is_read_as_the_article()
    {
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Uploaded <b>text</b> about 13,221 entries."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { file, "file", "article.txt" }, { new StringContent("auto"), "lang" } };
        string html = await (await _client.PostAsync("/check", form)).Content.ReadAsStringAsync();
        Assert.Contains("Uploaded &lt;b&gt;text&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_addresses_get_404_as_problem_or_page()
    {
        HttpResponseMessage api = await _client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        HttpResponseMessage page = await _client.GetAsync("/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("There is no page at /nothing-here", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_library_is_served_with_its_licence()
    {
        HttpResponseMessage lib = await _client.GetAsync("/assets/lib/chartjs/chart.umd.min.js");
        Assert.Equal(HttpStatusCode.OK, lib.StatusCode);
        Assert.Contains("Chart.js v4", await lib.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HttpResponseMessage licence = await _client.GetAsync("/assets/lib/chartjs/LICENSE.md");
        Assert.Contains("MIT", await licence.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_series_page_shows_the_figures_with_citations_and_downloads()
    {
        string html = await _client.GetStringAsync("/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&by=quarter");
        Assert.Contains("3,765", html, StringComparison.Ordinal);
        Assert.Contains("format=csv", html, StringComparison.Ordinal);
        Assert.Contains("class=\"cite\"", html, StringComparison.Ordinal);
        Assert.Contains("data-series=\"/api/series?partner=KP&amp;reporter=RU&amp;dataset=ru-fsb-entries-by-purpose&amp;by=quarter\"", html, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        HttpResponseMessage response = await _client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
