using System.Text.Json;

namespace Flowwatch.Web.Pages;

/// <summary>The bundled sample article the check page offers (wwwroot/samples/seed-article.json), read once.</summary>
internal static class SeedArticle
{
    private static readonly Lazy<string> LazyText = new(() =>
    {
        using Stream? stream = typeof(SeedArticle).Assembly.GetManifestResourceStream("wwwroot/samples/seed-article.json");
        if (stream is null)
        {
            return "";
        }

        using JsonDocument doc = JsonDocument.Parse(stream);
        return doc.RootElement.TryGetProperty("text", out JsonElement text) ? text.GetString() ?? "" : "";
    });

    public static string Text => LazyText.Value;
}
