using System.Globalization;
using System.Text;

namespace Flowwatch.Samples;

/// <summary>
/// Synthetic Eurostat migr_resfirst files in both layouts, made from one list of records: round numbers,
/// no Eurostat figure. They show the codes Flowwatch keeps and skips: a sub-reason (EDUC_STUDY), an aggregate
/// citizenship (EXT_EU27_2020), a duration other than TOTAL, EL for Greece, and the flags p, e and c.
/// </summary>
public static class EurostatSamples
{
    public const string SyntheticNote = "synthetic sample made by Flowwatch; not Eurostat data";

    public static readonly string[] Dimensions = ["freq", "reason", "citizen", "duration", "unit", "geo"];

    public static readonly string[] Years = ["2022", "2023"];

    /// <summary>The records: the six codes, then per year the value text ("" for ':') and flags.</summary>
    public static List<(string[] Codes, (string Value, string Flags)[] Values)> Records()
    {
        var list = new List<(string[], (string, string)[])>();
        (string Geo, int Scale)[] geos = [("DE", 10), ("PL", 5), ("EL", 1)];
        (string Citizen, int Scale)[] citizens = [("KP", 1), ("CN", 20), ("EXT_EU27_2020", 100)];
        (string Reason, int Base)[] reasons = [("FAM", 100), ("EDUC", 50), ("EDUC_STUDY", 40), ("EMP", 200), ("OTH", 10)];
        foreach ((string geo, int gs) in geos)
        {
            foreach ((string citizen, int cs) in citizens)
            {
                int total = reasons.Where(r => !r.Reason.Contains('_', StringComparison.Ordinal)).Sum(r => r.Base);
                foreach ((string reason, int b) in reasons.Append(("TOTAL", total)))
                {
                    var values = new (string, string)[Years.Length];
                    for (int y = 0; y < Years.Length; y++)
                    {
                        int v = b * gs * cs * (y + 1);
                        string flags = geo == "DE" && y == 1 ? "p" : geo == "EL" && y == 0 ? "e" : "";
                        values[y] = geo == "PL" && citizen == "KP" && y == 1 ? ("", "c") : (v.ToString(CultureInfo.InvariantCulture), flags);
                    }

                    list.Add((["A", reason, citizen, "TOTAL", "PER", geo], values));
                }
            }

            list.Add((["A", "EDUC", "KP", "12M_OVER", "PER", geo], [("30", ""), ("40", "")]));
        }

        return list;
    }

    public static string SdmxCsv()
    {
        var sb = new StringBuilder("DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,COMMENT_OBS\n");
        foreach ((string[] codes, (string Value, string Flags)[] values) in Records())
        {
            for (int y = 0; y < Years.Length; y++)
            {
                sb.Append("ESTAT:MIGR_RESFIRST(1.0),01/01/26 00:00:00,").Append(string.Join(',', codes)).Append(',')
                  .Append(Years[y]).Append(',').Append(values[y].Value).Append(',').Append(values[y].Flags).Append(',')
                  .Append(SyntheticNote).Append('\n');
            }
        }

        return sb.ToString();
    }

    public static string Tsv()
    {
        var sb = new StringBuilder(string.Join(',', Dimensions)).Append("\\TIME_PERIOD");
        foreach (string year in Years)
        {
            sb.Append('\t').Append(year).Append(' ');
        }

        sb.Append('\n');
        foreach ((string[] codes, (string Value, string Flags)[] values) in Records())
        {
            sb.Append(string.Join(',', codes));
            foreach ((string value, string flags) in values)
            {
                sb.Append('\t').Append(value.Length == 0 ? ":" : value).Append(' ').Append(flags);
            }

            sb.Append('\n');
        }

        // The bulk TSV has no free-text cell: the marker goes on a comment line, which the reader skips.
        sb.Append("# ").Append(SyntheticNote.ToUpperInvariant()).Append('\n');
        return sb.ToString();
    }
}
