using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using Flowwatch.Analysis.Trace;
using Flowwatch.Reports;
using Flowwatch.Reports.Trace;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Alerts for news articles that repeat a known wrong variant: for each article new to the store, each of its claims that
/// states a wrong or reframed variant (contradicted or partly supported) first printed by an earlier article is one alert.
/// </summary>
public static class VariantAlertComposer
{
    /// <summary>The alert kind.</summary>
    public const string Kind = "repeated_variant";

    /// <summary>The alerts for the articles <paramref name="added"/> (their SHA-256s) in the store's genealogy <paramref name="trace"/>.</summary>
    /// <param name="trace">The genealogy of every stored article, the new ones included.</param>
    /// <param name="added">The SHA-256s of the articles stored in this pass.</param>
    /// <param name="site">The dashboard's base address.</param>
    /// <param name="at">When the repeat was seen.</param>
    public static IReadOnlyList<AlertRecord> Compose(TraceResult trace, IReadOnlySet<string> added, Uri site, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(site);
        var alerts = new List<AlertRecord>();
        foreach (FigureGenealogy g in trace.Figures)
        {
            foreach (ClaimVariant v in g.Variants.Where(v => v.IsWrong && !added.Contains(v.First.Article.Sha256)))
            {
                foreach (VariantRepeat r in v.RepeatedBy.Where(r => added.Contains(r.Claim.Article.Sha256)))
                {
                    // The key is the repeat itself: the same article repeating the same variant is one alert however often it is seen.
                    string key = "fw-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                        string.Join('|', Kind, g.Figure.ToString(), v.Claimed.ToString(CultureInfo.InvariantCulture), v.Reading, r.Claim.Article.Sha256))))[..32];
                    var message = new VariantAlertMessage
                    {
                        Key = key,
                        Figure = TraceReports.Title(g.Figure),
                        Value = g.Value,
                        Claimed = v.Claimed,
                        Reading = v.Reading,
                        Verdict = ClaimReports.Name(r.Claim.Verdict),
                        Article = r.Claim.Article.Reference,
                        Outlet = r.Claim.Article.Outlet,
                        Published = Day(r.Claim.Article.Published),
                        First = v.First.Article.Reference,
                        FirstOutlet = v.First.Article.Outlet,
                        FirstPublished = Day(v.First.Article.Published),
                        CitesFirst = r.CitesFirst,
                        Link = new Uri(site, TraceReports.Page(g.Figure).TrimStart('/')).ToString(),
                        DetectedAt = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    };
                    string title = string.Create(CultureInfo.InvariantCulture,
                        $"{Kind}: {r.Claim.Article.Outlet} repeats {v.Claimed:#,0.##} ({v.Reading}) for {message.Figure}, first printed by {v.First.Article.Outlet} on {message.FirstPublished}");
                    alerts.Add(new AlertRecord(key, Kind, "figure:" + g.Figure, title, JsonSerializer.Serialize(message, VariantAlertJsonContext.Default.VariantAlertMessage), at));
                }
            }
        }

        return alerts;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Source-generated JSON for variant alerts: one compact line each.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VariantAlertMessage))]
public sealed partial class VariantAlertJsonContext : JsonSerializerContext;
