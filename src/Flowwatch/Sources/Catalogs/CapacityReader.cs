using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Sources.Catalogs;

/// <summary>
/// Reads known capacities from a CSV file (data/capacity.csv):
/// <c>reporter,partner,purpose,period,value,flag,measure,source_id,outlet,date,url</c>.
/// </summary>
public static class CapacityReader
{
    /// <summary>The columns a capacity file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["reporter", "partner", "purpose", "period", "value", "flag", "measure", "source_id", "outlet", "date", "url"];

    /// <summary>Reads a capacity file, gathering every problem.</summary>
    public static ReferenceReadResult<CapacityFigure> Read(SourceFile file) =>
        ReferenceTable.Read(file, Columns, row =>
        {
            IReadOnlyList<Country> reporter = row.Countries("reporter");
            IReadOnlyList<Country> partner = row.Countries("partner");
            IReadOnlyList<Purpose> purpose = row.Purposes("purpose");
            string periodText = row.Text("period");
            if (!Period.TryParse(periodText, out Period period))
            {
                row.Bad("period", periodText, "a period such as 2024, 2024-Q3 or 2024-04");
            }

            string valueText = row.Text("value");
            if (!decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                row.Bad("value", valueText, "a non-negative number written with digits (130)");
            }

            string flagText = row.Text("flag", required: false);
            if (!ObservationFlags.TryParse(flagText, out ObservationFlag flag))
            {
                row.Bad("flag", flagText, "empty, approximate, lower_bound or derived");
            }

            if (reporter.Count != 1 || partner.Count != 1 || purpose.Count != 1)
            {
                return null;
            }

            var citation = new Citation(row.Text("source_id", required: false), row.Text("outlet"), row.Text("date"), row.Url("url"));
            return new CapacityFigure(reporter[0], partner[0], purpose[0], period, value, flag, row.Text("measure"), citation);
        });

    /// <summary>The capacities bundled with Flowwatch (data/capacity.csv as built into the library).</summary>
    public static ReferenceReadResult<CapacityFigure> LoadBundled() => Read(ReferenceTable.Embedded("bundled/capacity.csv"));
}
