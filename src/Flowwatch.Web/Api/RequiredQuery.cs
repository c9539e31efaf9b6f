using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Flowwatch.Web.Api;

/// <summary>
/// Marks query parameters required in the OpenAPI document. A handler takes such a parameter as nullable so that
/// it can answer its absence with its own problem details (what is missing and an example) instead of the
/// framework's bare 400; the generator then calls the parameter optional, which it is not.
/// </summary>
internal static class RequiredQuery
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Mark(params string[] names) =>
        (operation, _, _) =>
        {
            foreach (OpenApiParameter parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && names.Contains(p.Name, StringComparer.Ordinal)))
            {
                parameter.Required = true;
            }

            return Task.CompletedTask;
        };
}
