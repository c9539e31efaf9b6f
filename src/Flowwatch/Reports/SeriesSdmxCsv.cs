using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// Series rows as SDMX-CSV 2.0 (https://github.com/sdmx-twg/sdmx-csv) of Flowwatch's own dataflow
/// (<see cref="FlowwatchDataflow"/>): <c>STRUCTURE,STRUCTURE_ID,ACTION,DATASET,REPORTER,PARTNER,BREAKDOWN,TIME_PERIOD,OBS_VALUE,OBS_FLAG,UNIT_MEASURE</c>,
/// one row per figure, action <c>I</c> (information), periods in SDMX's forms (<see cref="SdmxPeriods"/>), the flag
/// empty for a figure as published. Written through the one CSV writer; read back by Flowwatch's SDMX-CSV reader.
/// </summary>
public static class SeriesSdmxCsv
{
    /// <summary>The rows as SDMX-CSV 2.0.</summary>
    public static string Write(IEnumerable<SeriesRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter(["STRUCTURE", "STRUCTURE_ID", "ACTION", .. FlowwatchDataflow.Dimensions, FlowwatchDataflow.Measure, FlowwatchDataflow.FlagAttribute, FlowwatchDataflow.UnitAttribute]);
        foreach (SeriesRow r in rows)
        {
            csv.Text("dataflow").Text(FlowwatchDataflow.Reference).Text("I")
                .Text(r.Dataset).Text(r.Reporter).Text(r.Partner).Text(r.Breakdown).Text(SdmxPeriods.Format(Period.Parse(r.Period)))
                .Number(r.Value).Text(r.Flag == "as_published" ? "" : r.Flag).Text(r.Unit).EndRow();
        }

        return csv.ToString();
    }
}
