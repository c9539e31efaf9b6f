using nietras.SeparatedValues;
using Flowwatch.Application;

namespace Flowwatch.Web.Data;

/// <summary>
/// The bundled citation list (data/dprk-russia/sources.csv) as the Sources page shows it. It ships inside
/// the library, so the server needs no data folder.
/// </summary>
internal static class BundledTables
{
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
