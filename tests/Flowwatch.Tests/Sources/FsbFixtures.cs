using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;

namespace Flowwatch.Tests.Sources;

/// <summary>Small FSB tables made by code, good and broken, shared by the XLSX and CSV reader tests.</summary>
internal static class FsbFixtures
{
    public static Dictionary<Purpose, long> Kp2024Q2 => new()
    {
        [Purpose.Total] = 1696,
        [Purpose.Official] = 3,
        [Purpose.Business] = 806,
        [Purpose.Tourism] = 11,
        [Purpose.Private] = 78,
        [Purpose.Study] = 332,
        [Purpose.Transit] = 44,
    };

    public static Dictionary<Purpose, long> China => new()
    {
        [Purpose.Total] = 1000,
        [Purpose.Business] = 400,
        [Purpose.Tourism] = 600,
    };

    public static FsbTableBuilder Table(string title = "Въезд иностранных граждан в Российскую Федерацию во II квартале 2024 г.")
    {
        var table = new FsbTableBuilder();
        table.TitleLines.Add(title);
        table.TitleLines.Add("synthetic test fixture");
        table.AddRow("Китай", China);
        table.AddRow("КНДР", Kp2024Q2);
        table.Footnotes.Add("¹ С ноября 2018 г.");
        return table;
    }

    public static SourceFile Xlsx(FsbTableBuilder table, string name = "table.xlsx") => new(name, WorkbookWriter.Write(table.ToSheet()));

    public static SourceFile Csv(FsbTableBuilder table, string name = "table.csv", bool windows1251 = false, char separator = ';') =>
        new(name, CsvWriter.ToBytes(table.ToSheet(), windows1251, separator));

    public static decimal? Value(ReadResult result, string partner, Purpose purpose) =>
        result.Observations.SingleOrDefault(o => o.Key.Partner.Code == partner && o.Key.Breakdown.AsPurpose == purpose)?.Value;
}
