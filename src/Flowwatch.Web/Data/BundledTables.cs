using System.Globalization;
using nietras.SeparatedValues;
using Flowwatch.Application;

namespace Flowwatch.Web.Data;

/// <summary>
/// The bundled reference tables the pages show as they are: context events (data/events.csv) and the
/// citation list (data/dprk-russia/sources.csv). Both ship inside the library, so the server needs no data folder.
/// </summary>
internal static class BundledTables
{
    public static IReadOnlyList<EventMarker> Events()
    {
        using Stream? stream = typeof(BundledData).Assembly.GetManifestResourceStream("bundled/events.csv");
        if (stream is null)
        {
            return [];
        }

        using var text = new StreamReader(stream);
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).From(text);
        var events = new List<EventMarker>();
        foreach (SepReader.Row row in reader)
        {
            if (!DateOnly.TryParseExact(row["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                continue;
            }

            events.Add(new EventMarker(date, row["title"].ToString(), row["actors"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), row["kind"].ToString(), row["source_url"].ToString()));
        }

        return events.OrderBy(e => e.Date).ToList();
    }

    public static IReadOnlyList<BundledCitation> Citations()
    {
        string text = System.Text.Encoding.UTF8.GetString(BundledData.Citations.Bytes).TrimStart('\uFEFF');
        using SepReader reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text);
        var citations = new List<BundledCitation>();
        foreach (SepReader.Row row in reader)
        {
            citations.Add(new BundledCitation(row["source_id"].ToString(), row["outlet"].ToString(), row["date"].ToString(), row["language"].ToString(), row["url"].ToString()));
        }

        return citations;
    }
}
