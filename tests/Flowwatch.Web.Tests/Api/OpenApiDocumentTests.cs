using System.Net;
using Flowwatch.Web.Tests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Flowwatch.Web.Tests.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, read and validated by Microsoft.OpenApi (the reader's diagnostics and
/// the default validation rules): every operation answers with a described 2xx body, every response has a content
/// type and a schema, and the parameters the API requires are marked required.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<FlowwatchFactory>
{
    // The query parameters an operation refuses to answer without (a 400 that says so), by "METHOD path".
    private static readonly (string Operation, string Parameter, string Probe)[] RequiredQuery =
    [
        ("GET /api/series", "partner", "/api/series"),
    ];

    private readonly HttpClient _client;

    public OpenApiDocumentTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_document_reads_and_validates_without_errors()
    {
        (OpenApiDocument document, OpenApiDiagnostic diagnostic) = await Read();

        Assert.True(diagnostic.Errors.Count == 0, "reader: " + string.Join("; ", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.True(diagnostic.Warnings.Count == 0, "reader: " + string.Join("; ", diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}")));
        List<OpenApiError> errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet()).ToList();
        Assert.True(errors.Count == 0, "validator: " + string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.NotEmpty(Operations(document));
    }

    [Fact]
    public async Task Every_operation_has_a_2xx_response_with_content_and_a_schema()
    {
        (OpenApiDocument document, _) = await Read();
        var missing = Operations(document)
            .Where(o => !(o.Operation.Responses ?? []).Any(r => r.Key.StartsWith('2') && HasTypedContent(r.Value)))
            .Select(o => o.Name)
            .ToList();
        Assert.True(missing.Count == 0, "no 2xx response with a content type and schema: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_response_states_its_content_types_and_schemas()
    {
        (OpenApiDocument document, _) = await Read();
        var bare = Operations(document)
            .SelectMany(o => (o.Operation.Responses ?? []).Where(r => !HasTypedContent(r.Value)).Select(r => $"{o.Name} {r.Key}"))
            .ToList();
        Assert.True(bare.Count == 0, "responses without content or schema: " + string.Join(", ", bare));
    }

    [Fact]
    public async Task Required_parameters_are_marked_required()
    {
        (OpenApiDocument document, _) = await Read();
        Dictionary<string, OpenApiOperation> operations = Operations(document).ToDictionary(o => o.Name, o => o.Operation, StringComparer.Ordinal);
        foreach ((string operation, string parameter, string probe) in RequiredQuery)
        {
            // The API really does refuse the request without it: the list above is not wishful.
            using HttpResponseMessage answer = await _client.GetAsync(probe);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains(parameter, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            IOpenApiParameter described = Assert.Single(operations[operation].Parameters ?? [], p => p.Name == parameter);
            Assert.True(described.Required, $"{operation}: '{parameter}' is required but described as optional");
        }

        foreach ((string name, OpenApiOperation operation) in operations)
        {
            foreach (IOpenApiParameter p in (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path))
            {
                Assert.True(p.Required, $"{name}: path parameter '{p.Name}' is not required");
            }
        }
    }

    [Fact]
    public async Task Every_operation_with_a_body_describes_it_as_required_json()
    {
        (OpenApiDocument document, _) = await Read();
        foreach ((string name, OpenApiOperation operation) in Operations(document).Where(o => o.Name.StartsWith("POST ", StringComparison.Ordinal)))
        {
            Assert.True(operation.RequestBody is { Required: true }, $"{name}: no required request body");
            Assert.True(operation.RequestBody!.Content?.TryGetValue("application/json", out OpenApiMediaType? json) == true && json.Schema is not null, $"{name}: no JSON body schema");
        }
    }

    private static bool HasTypedContent(IOpenApiResponse response) =>
        response.Content is { Count: > 0 } content && content.Values.All(m => m.Schema is not null);

    private static IEnumerable<(string Name, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from op in path.Value.Operations ?? []
        select ($"{op.Key.Method.ToUpperInvariant()} {path.Key}", op.Value);

    private async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> Read()
    {
        string json = await _client.GetStringAsync("/openapi/v1.json");
        ReadResult result = OpenApiDocument.Parse(json, "json");
        Assert.NotNull(result.Document);
        Assert.NotNull(result.Diagnostic);
        return (result.Document!, result.Diagnostic!);
    }
}
