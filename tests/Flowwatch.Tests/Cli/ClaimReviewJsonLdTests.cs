using System.Diagnostics;
using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>
/// `verify --format claimreview` is schema.org ClaimReview JSON-LD: a JSON-LD processor (jsonld.js under Node, with the
/// bundled schema.org context and no network; tests/jsonld/README.md) expands it, and every property and type it
/// expands to is a term the schema.org context defines (not one its @vocab merely maps).
/// </summary>
public sealed class ClaimReviewJsonLdTests
{
    private static readonly string JsonLdFolder = Path.Combine(RepositoryRoot.Path, "tests", "jsonld");

    [JsonLdFact]
    public void Every_claim_of_the_seed_is_a_ClaimReview_whose_every_term_is_schema_org()
    {
        using var dir = new TempDirectory();
        string seed = Path.Combine(RepositoryRoot.Path, "samples", "articles", "seed-de-2025-02-10.txt");
        (int code, string output, string error) = CliRunner.Run("verify", seed, "--format", "claimreview", "--reviewer", "Example Fact Check", "--reviewer-url", "https://factcheck.example/", "--db", BundledStore.At(dir.File("fw.db")));
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement[] reviews = [.. doc.RootElement.EnumerateArray()];
        Assert.Equal(5, reviews.Length);
        foreach (JsonElement r in reviews)
        {
            Assert.Equal("ClaimReview", r.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("claimReviewed").GetString()));
            Assert.Equal("Example Fact Check", r.GetProperty("author").GetProperty("name").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r.GetProperty("datePublished").GetString()!);
            JsonElement appearance = r.GetProperty("itemReviewed").GetProperty("appearance");
            Assert.Equal("https://dagens.de/welt/nordkorea-entsendet-tausende-arbeiter-nach-russland", appearance.GetProperty("url").GetString());
            Assert.Equal("2025-02-10", appearance.GetProperty("datePublished").GetString());
        }

        // The rating scale of docs/claims.md: supported 3, partly supported 2, contradicted 1, not checkable unrated.
        JsonElement workers = reviews.Single(r => r.GetProperty("itemReviewed").GetProperty("name").GetString() == "13.000");
        Assert.Equal("partly supported", workers.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(2, workers.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("2025-02-10", workers.GetProperty("itemReviewed").GetProperty("firstAppearance").GetProperty("datePublished").GetString());
        JsonElement soldiers = reviews.Single(r => r.GetProperty("itemReviewed").GetProperty("name").GetString() == "bis zu 12.000");
        Assert.Equal("not checkable", soldiers.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.False(soldiers.GetProperty("reviewRating").TryGetProperty("ratingValue", out _));

        IReadOnlyList<string> unknown = UnknownTerms(Expand(dir, output));
        Assert.True(unknown.Count == 0, "not schema.org terms: " + string.Join(", ", unknown));
    }

    [JsonLdFact]
    public void The_check_fails_on_a_property_schema_org_does_not_define()
    {
        // The schema.org context maps any word through its @vocab: only the list of its terms tells a real one.
        using var dir = new TempDirectory();
        IReadOnlyList<string> unknown = UnknownTerms(Expand(dir, """{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "x", "verdictScore": 3}"""));
        Assert.Equal(["http://schema.org/verdictScore"], unknown);
    }

    [JsonLdFact]
    public void A_repeat_names_the_stored_first_appearance()
    {
        using var dir = new TempDirectory();
        string db = dir.File("fw.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).Exit);
        string first = dir.Write("first.md", TraceCommandTests.Article("2025-02-10", "Erste Zeitung", "https://erste.example/a", "de",
            "Im Jahr 2024 sind 13.000 nordkoreanische Arbeiter nach Russland eingereist."));
        Assert.Equal(0, CliRunner.Run("ingest", first, "--db", db).Exit);
        string later = dir.Write("later.md", TraceCommandTests.Article("2025-03-01", "Later Daily", "https://later.example/b", "en",
            "In 2024, 13,000 North Korean workers entered Russia."));
        (int code, string output, string error) = CliRunner.Run("verify", later, "--format", "claimreview", "--db", db);
        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement review = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("itemReviewed").GetProperty("name").GetString() == "13,000");
        Assert.Equal("https://erste.example/a", review.GetProperty("itemReviewed").GetProperty("firstAppearance").GetProperty("url").GetString());
        Assert.Equal("https://later.example/b", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());
    }

    private static string Expand(TempDirectory dir, string json)
    {
        string input = dir.Write("doc.json", json);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(JsonLdFolder, "expand.mjs"));
        start.ArgumentList.Add(input);
        using Process node = Process.Start(start)!;
        string output = node.StandardOutput.ReadToEnd();
        string error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, error);
        return output;
    }

    // Every property IRI and type IRI of the expanded document that the schema.org context does not define as a term.
    private static IReadOnlyList<string> UnknownTerms(string expanded)
    {
        HashSet<string> terms = SchemaOrgTerms();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(expanded);
        Visit(doc.RootElement);
        return [.. unknown];

        void Visit(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in e.EnumerateArray())
                {
                    Visit(item);
                }

                return;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            // A value object ({"@value": ..., "@type": xsd:...}) holds a literal, not a node with schema.org terms.
            if (e.TryGetProperty("@value", out _))
            {
                return;
            }

            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (p.Name == "@type")
                {
                    foreach (JsonElement t in p.Value.ValueKind == JsonValueKind.Array ? [.. p.Value.EnumerateArray()] : new[] { p.Value })
                    {
                        Check(t.GetString()!);
                    }
                }
                else if (!p.Name.StartsWith('@'))
                {
                    Check(p.Name);
                }

                Visit(p.Value);
            }
        }

        void Check(string iri)
        {
            if (!terms.Contains(iri))
            {
                unknown.Add(iri);
            }
        }
    }

    // The context's own terms: "claimReviewed": {"@id": "schema:claimReviewed"}, "ClaimReview": {"@id": "schema:ClaimReview"}.
    private static HashSet<string> SchemaOrgTerms()
    {
        using JsonDocument context = JsonDocument.Parse(File.ReadAllText(Path.Combine(JsonLdFolder, "schemaorg-context-30.0.jsonld")));
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty p in context.RootElement.GetProperty("@context").EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@id", out JsonElement id) && id.GetString() is { } s && s.StartsWith("schema:", StringComparison.Ordinal))
            {
                terms.Add("http://schema.org/" + s["schema:".Length..]);
            }
        }

        return terms;
    }
}

/// <summary>A JSON-LD test: it runs where tests/jsonld/node_modules is installed (.ci/install-jsonld.sh), always under CI.</summary>
public sealed class JsonLdFactAttribute : FactAttribute
{
    public JsonLdFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepositoryRoot.Path, "tests", "jsonld", "node_modules", "jsonld")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "tests/jsonld/node_modules is not installed; run .ci/install-jsonld.sh (Node and jsonld.js) to run the JSON-LD tests.";
        }
    }
}
