using Flowwatch.Model;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>Which series a page shows: the query string's choice, else the best-filled series in the store.</summary>
internal sealed record SeriesChoice(Country Partner, Country Reporter, DatasetId Dataset, string By, string View)
{
    public string ApiQuery(string by) =>
        $"partner={Uri.EscapeDataString(Partner.Code)}&reporter={Uri.EscapeDataString(Reporter.Code)}&dataset={Uri.EscapeDataString(Dataset.Id)}&by={by}";

    public string PageQuery(string by, string view) => ApiQuery(by) + "&view=" + view;

    public static SeriesChoice? From(StoreSnapshot snapshot, string? partner, string? reporter, string? dataset, string? by, string? view)
    {
        IReadOnlyList<Observation> all = snapshot.Current;
        if (all.Count == 0)
        {
            return null;
        }

        Country p = Country.TryParse((partner ?? "").AsSpan().Trim(), out Country pc) && all.Any(o => o.Key.Partner == pc)
            ? pc
            : MostCommon(all, o => o.Key.Partner);
        var forPartner = all.Where(o => o.Key.Partner == p).ToList();
        Country r = Country.TryParse((reporter ?? "").AsSpan().Trim(), out Country rc) && forPartner.Any(o => o.Key.Reporter == rc)
            ? rc
            : MostCommon(forPartner, o => o.Key.Reporter);
        var forPair = forPartner.Where(o => o.Key.Reporter == r).ToList();
        DatasetId d = DatasetId.TryParse((dataset ?? "").AsSpan().Trim(), out DatasetId dc) && forPair.Any(o => o.Key.Dataset == dc)
            ? dc
            : MostCommon(forPair, o => o.Key.Dataset);
        string b = by is "year" or "half" or "quarter" or "month" ? by : "quarter";
        string v = view is "stacked" ? "stacked" : "lines";
        return new SeriesChoice(p, r, d, b, v);
    }

    private static T MostCommon<T>(IEnumerable<Observation> observations, Func<Observation, T> key) =>
        observations.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
