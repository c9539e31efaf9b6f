using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web;

/// <summary>
/// Serves the embedded wwwroot files (styles, scripts, the vendored chart library and its licence) under
/// /assets/, from memory, with an ETag. No CDN: analysts work offline and on locked-down machines.
/// </summary>
internal static class StaticAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType, string ETag)> Files = Load();

    public static IReadOnlyCollection<string> Paths => Files.Keys;

    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{**path}", (HttpContext context, string path) =>
        {
            if (!Files.TryGetValue(path, out (byte[] Bytes, string ContentType, string ETag) file))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            if (context.Request.Headers.IfNoneMatch.ToString() == file.ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = file.ETag;
            return Results.Bytes(file.Bytes, file.ContentType);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        var assembly = typeof(StaticAssets).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            byte[] bytes = buffer.ToArray();
            string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
            files[name[Prefix.Length..].Replace('\\', '/')] = (bytes, ContentTypeOf(name), etag);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".md" or ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
