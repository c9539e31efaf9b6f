using System.Net;
using System.Text;
using System.Text.Json;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>
/// POST /match/{dataset} answers yente's requests in yente's shape. The requests are written from yente's
/// documentation (the /match route's docstring, its unit tests' shapes: a property given as one string, an id passed
/// through, a query without a schema refused with 422 and an unknown schema with 400) and from the README's screening
/// examples, which must find the same listed parties as `flowwatch screen`.
/// </summary>
public sealed class MatchTests : IClassFixture<FlowwatchFactory>
{
    private static readonly string[] ResultKeys = ["id", "caption", "schema", "properties", "datasets", "score", "match", "explanations"];

    private readonly HttpClient _client;

    public MatchTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_example_of_yentes_documentation_gets_an_answer_per_key_in_yentes_shape()
    {
        // yente's /match docstring: a person and a company, keyed by the client's own names.
        const string body = """
            {"queries": {
              "entity1": {"schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"], "nationality": ["us"]}},
              "entity2": {"schema": "Company", "properties": {"name": ["Brilliant Amazing Limited"], "jurisdiction": ["hk"], "registrationNumber": ["84BA99810"]}}
            }}
            """;
        (HttpResponseMessage response, JsonDocument json) = await Post("/match/default", body);
        using (json)
        {
            Assert.Equal("2", response.Headers.GetValues("x-batch-size").Single());
            JsonElement responses = json.RootElement.GetProperty("responses");
            Assert.Equal(["entity1", "entity2"], responses.EnumerateObject().Select(p => p.Name));
            foreach (JsonProperty r in responses.EnumerateObject())
            {
                Assert.Equal(200, r.Value.GetProperty("status").GetInt32());
                Assert.Equal("eq", r.Value.GetProperty("total").GetProperty("relation").GetString());
                Assert.DoesNotContain(r.Value.GetProperty("results").EnumerateArray(), m => m.GetProperty("match").GetBoolean());
            }

            JsonElement query = responses.GetProperty("entity1").GetProperty("query");
            Assert.Equal("Person", query.GetProperty("schema").GetString());
            Assert.Equal("us", query.GetProperty("properties").GetProperty("nationality")[0].GetString());
            Assert.Equal(5, json.RootElement.GetProperty("limit").GetInt32());
            Assert.True(json.RootElement.GetProperty("matcher").TryGetProperty("name", out _));
        }
    }

    [Theory]
    [InlineData("Person", "Lee Je-son", "KPi.002")]
    [InlineData("Person", "박도춘", "KPi.050")]
    [InlineData("Person", "Пак То Чхун", "KPi.050")]
    [InlineData("Company", "Korea Yonbong General Corp.", "KPe.002")]
    [InlineData("LegalEntity", "Park Do-chun", "KPi.050")]
    public async Task The_readmes_screening_examples_find_the_same_listed_party(string schema, string name, string reference)
    {
        string body = JsonSerializer.Serialize(new { queries = new { q = new { schema, properties = new { name = new[] { name } } } } });
        (_, JsonDocument json) = await Post("/match/default", body);
        using (json)
        {
            JsonElement first = json.RootElement.GetProperty("responses").GetProperty("q").GetProperty("results")[0];
            Assert.Equal(ResultKeys, first.EnumerateObject().Select(p => p.Name).Where(ResultKeys.Contains));
            Assert.Equal(reference, first.GetProperty("id").GetString());
            Assert.True(first.GetProperty("match").GetBoolean());
            Assert.True(first.GetProperty("score").GetDouble() >= 0.90);
            Assert.Equal(["un_sc_sanctions"], first.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal(first.GetProperty("caption").GetString(), first.GetProperty("properties").GetProperty("name")[0].GetString());
            JsonProperty explanation = Assert.Single(first.GetProperty("explanations").EnumerateObject());
            Assert.False(string.IsNullOrWhiteSpace(explanation.Value.GetProperty("detail").GetString()));
            Assert.Equal(first.GetProperty("score").GetDouble(), explanation.Value.GetProperty("score").GetDouble());

            // The same party comes first from `flowwatch screen`'s API.
            using var screened = JsonDocument.Parse(await (await _client.PostAsync("/api/screen", Json(JsonSerializer.Serialize(new { name })))).Content.ReadAsStringAsync());
            Assert.Equal(reference, screened.RootElement.GetProperty("matches")[0].GetProperty("reference").GetString());
        }
    }

    [Fact]
    public async Task An_unlisted_leader_is_no_match_and_a_person_query_finds_no_entity()
    {
        (_, JsonDocument json) = await Post("/match/un_sc_sanctions", """{"queries": {"kju": {"schema": "Person", "properties": {"name": "Kim Jong Un"}}}}""");
        using (json)
        {
            JsonElement results = json.RootElement.GetProperty("responses").GetProperty("kju").GetProperty("results");
            Assert.DoesNotContain(results.EnumerateArray(), m => m.GetProperty("match").GetBoolean());
            Assert.All(results.EnumerateArray(), m => Assert.Equal("Person", m.GetProperty("schema").GetString()));
        }
    }

    [Fact]
    public async Task Name_parts_an_id_and_a_year_of_birth_are_read_as_yente_reads_them()
    {
        const string body = """{"queries": {"no1": {"id": "my-ri", "schema": "Person", "properties": {"firstName": ["Je-son"], "lastName": ["Ri"]}}}}""";
        (_, JsonDocument parts) = await Post("/match/default", body);
        using (parts)
        {
            JsonElement r = parts.RootElement.GetProperty("responses").GetProperty("no1");
            Assert.Equal("my-ri", r.GetProperty("query").GetProperty("id").GetString());
            Assert.Equal("KPi.002", r.GetProperty("results")[0].GetProperty("id").GetString());
        }

        // A year of birth outside every listed date lowers the score below the threshold (docs/sanctions.md).
        (_, JsonDocument wrongYear) = await Post("/match/default", """{"queries": {"q": {"schema": "Person", "properties": {"name": ["Ri Je Son"], "birthDate": ["2001-02-03"]}}}}""");
        using (wrongYear)
        {
            JsonElement first = wrongYear.RootElement.GetProperty("responses").GetProperty("q").GetProperty("results")[0];
            Assert.Equal("KPi.002", first.GetProperty("id").GetString());
            Assert.False(first.GetProperty("match").GetBoolean());
            Assert.True(first.GetProperty("score").GetDouble() < 0.90);
        }
    }

    [Fact]
    public async Task Limit_threshold_and_cutoff_are_taken_from_the_query_string_as_yente_takes_them()
    {
        const string body = """{"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Chol"]}}}}""";
        (_, JsonDocument all) = await Post("/match/default?limit=500&cutoff=0", body);
        (_, JsonDocument one) = await Post("/match/default?limit=1&threshold=0.7", body);
        (_, JsonDocument high) = await Post("/match/default?cutoff=0.99", body);
        using (all)
        using (one)
        using (high)
        {
            JsonElement many = all.RootElement.GetProperty("responses").GetProperty("q");
            JsonElement single = one.RootElement.GetProperty("responses").GetProperty("q");
            Assert.True(many.GetProperty("results").GetArrayLength() > 1);
            Assert.Equal(many.GetProperty("total").GetProperty("value").GetInt32(), single.GetProperty("total").GetProperty("value").GetInt32());
            JsonElement best = Assert.Single(single.GetProperty("results").EnumerateArray());
            Assert.Equal(many.GetProperty("results")[0].GetProperty("id").GetString(), best.GetProperty("id").GetString());
            Assert.True(best.GetProperty("score").GetDouble() is >= 0.7 and < 0.9);
            Assert.True(best.GetProperty("match").GetBoolean());
            Assert.False(many.GetProperty("results")[0].GetProperty("match").GetBoolean());
            Assert.Empty(high.RootElement.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray());
            Assert.Equal(1, one.RootElement.GetProperty("limit").GetInt32());
        }
    }

    [Theory]
    [InlineData("/match/default", """{"queries": {"fail": {"properties": {"name": "Banana"}}}}""", HttpStatusCode.UnprocessableEntity, "schema is required")]
    [InlineData("/match/default", """{"queries": {"fail": {"schema": "xxx", "properties": {"name": "Banana"}}}}""", HttpStatusCode.BadRequest, "'xxx'")]
    [InlineData("/match/default", """{"queries": {}}""", HttpStatusCode.BadRequest, "No queries")]
    [InlineData("/match/default", """{"names": ["Ri"]}""", HttpStatusCode.UnprocessableEntity, "'queries' is required")]
    [InlineData("/match/default", "not json", HttpStatusCode.BadRequest, "must be JSON")]
    [InlineData("/match/default?limit=0", """{"queries": {"q": {"schema": "Person", "properties": {"name": "Ri"}}}}""", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/match/default?threshold=NaN", """{"queries": {"q": {"schema": "Person", "properties": {"name": "Ri"}}}}""", HttpStatusCode.BadRequest, "threshold")]
    [InlineData("/match/us_ofac_sdn", """{"queries": {"q": {"schema": "Person", "properties": {"name": "Ri"}}}}""", HttpStatusCode.NotFound, "un_sc_sanctions")]
    [InlineData("/match/default", """{"queries": {"q": {"schema": "Person", "properties": {"name": {"first": "Ri"}}}}}""", HttpStatusCode.UnprocessableEntity, "properties.name")]
    public async Task A_request_yente_would_refuse_is_refused_with_its_status_and_the_reason(string path, string body, HttpStatusCode status, string reason)
    {
        HttpResponseMessage response = await _client.PostAsync(path, Json(body));
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_match_route()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        JsonElement post = doc.RootElement.GetProperty("paths").GetProperty("/match/{dataset}").GetProperty("post");
        Assert.Contains("yente", post.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(HttpResponseMessage Response, JsonDocument Json)> Post(string path, string body)
    {
        HttpResponseMessage response = await _client.PostAsync(path, Json(body));
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (response, JsonDocument.Parse(text));
    }
}
