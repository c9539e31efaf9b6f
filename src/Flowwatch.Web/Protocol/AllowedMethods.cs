using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Flowwatch.Web.Protocol;

/// <summary>
/// What the routes at a path accept: their methods, for a 405 with its <c>Allow</c> header (RFC 9110 §15.5.6), and
/// their body types, for a 415 (§15.5.16). Routing turns a request away from a route whose method or declared body type
/// (<c>Accepts</c>) does not fit, but the catch-all not-found route matches everything, so without this the client
/// would get 404 for either mistake: the fallback asks here which it was.
/// </summary>
internal sealed class AllowedMethods(EndpointDataSource endpoints)
{
    private readonly Lazy<Route[]> _routes = new(() =>
        [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 })
            .Select(e => new Route(
                new TemplateMatcher(new RouteTemplate(e.RoutePattern), []),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods,
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []))]);

    /// <summary>The methods some route answers at <paramref name="path"/>, HEAD wherever GET is; empty when no route matches it.</summary>
    public IReadOnlyList<string> At(PathString path)
    {
        var methods = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Route route in Matching(path))
        {
            methods.UnionWith(route.Methods);
        }

        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }

        return [.. methods];
    }

    /// <summary>The body types the routes at <paramref name="path"/> take with <paramref name="method"/>; empty when they declare none.</summary>
    public IReadOnlyList<string> BodyTypes(PathString path, string method) =>
        [.. Matching(path).Where(r => r.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)).SelectMany(r => r.ContentTypes).Distinct(StringComparer.OrdinalIgnoreCase)];

    private IEnumerable<Route> Matching(PathString path) => _routes.Value.Where(r => r.Matcher.TryMatch(path, []));

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<string> Methods, IReadOnlyList<string> ContentTypes);
}
