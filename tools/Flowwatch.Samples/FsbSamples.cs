using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;

namespace Flowwatch.Samples;

/// <summary>
/// The FSB sample tables in samples/: synthetic files in the documented layout whose DPRK row carries only
/// the real figures bundled in data/dprk-russia (as the cited outlets printed them), and whose other rows
/// are round numbers, labelled synthetic.
/// </summary>
public static class FsbSamples
{
    public const string SyntheticNote =
        "СИНТЕТИЧЕСКИЙ ОБРАЗЕЦ / SYNTHETIC SAMPLE made by Flowwatch (tools/Flowwatch.Samples) from the documented layout of the FSB table; not an FSB file.";

    private static readonly string[] Title =
    [
        "Въезд иностранных граждан в Российскую Федерацию по целям поездки",
    ];

    // Round numbers, clearly not anybody's statistics: a quarter's worth, scaled for longer periods.
    private static readonly (string Label, long Scale)[] SyntheticCountries =
    [
        ("Китай", 100),
        ("Германия", 10),
        ("Индия", 20),
        ("Турция", 30),
    ];

    /// <summary>2024-Q2 as a workbook with two merged header rows and footnote marks.</summary>
    public static byte[] Quarter2024Q2Xlsx() =>
        WorkbookWriter.Write(Table(
            $"{Title[0]} во II квартале 2024 г.",
            "Строка КНДР: цифры за II квартал 2024 г., опубликованные в СМИ со ссылкой на ФСБ (data/dprk-russia/observations.csv; 422 поездки «по медицинским целям» не имеют графы в форме и опущены); прочие строки — условные круглые числа. / Row КНДР: the published 2024-Q2 figures bundled in data/dprk-russia (blank where none was published); other rows: synthetic round numbers.",
            Bundled(Period.OfQuarter(2024, 2)),
            1).ToSheet());

    /// <summary>January to June 2024 as a UTF-8 CSV separated by ';'.</summary>
    public static byte[] HalfYear2024Csv() =>
        CsvWriter.ToBytes(Table(
            $"{Title[0]} за январь–июнь 2024 г.",
            "Row КНДР: the published 2024-H1 figures bundled in data/dprk-russia (blank where none was published); other rows: synthetic round numbers.",
            Bundled(Period.OfHalf(2024, 1)),
            2).ToSheet());

    /// <summary>
    /// January to September 2024 as a Windows-1251 CSV separated by ';'. The DPRK row is the bundled 2024-H1
    /// figure plus the bundled 2024-Q3 figure where both were published, so that differencing it against the
    /// January–June sample gives back the published third quarter.
    /// </summary>
    public static byte[] NineMonths2024Csv()
    {
        Dictionary<Purpose, long> h1 = Bundled(Period.OfHalf(2024, 1));
        Dictionary<Purpose, long> q3 = Bundled(Period.OfQuarter(2024, 3));
        Dictionary<Purpose, long> ytd = h1.Keys.Intersect(q3.Keys).ToDictionary(p => p, p => h1[p] + q3[p]);
        return CsvWriter.ToBytes(Table(
            $"{Title[0]} за январь–сентябрь 2024 г.",
            "Row КНДР: the bundled 2024-H1 figure plus the bundled 2024-Q3 figure (total 2508+5263, study 370+3765), so that differencing against the January-June sample gives the published Q3; other rows: synthetic round numbers.",
            ytd,
            3).ToSheet(), windows1251: true);
    }

    /// <summary>The real figures bundled for the DPRK row of a period, as printed (approximate ones left out), by purpose.</summary>
    public static Dictionary<Purpose, long> Bundled(Period period)
    {
        ReadResult bundled = BundledData.Read();
        var kp = Country.Parse("KP");
        return bundled.Observations
            .Where(o => o.Key.Dataset.Id == "ru-fsb-entries-by-purpose" && o.Key.Partner == kp && o.Period == period && o.Flag == ObservationFlag.AsPublished)
            .Where(o => o.Key.Breakdown.AsPurpose is Purpose p && p != Purpose.Other)
            .ToDictionary(o => o.Key.Breakdown.AsPurpose!.Value, o => (long)o.Value);
    }

    private static FsbTableBuilder Table(string title, string rowNote, Dictionary<Purpose, long> kp, long quarters)
    {
        var table = new FsbTableBuilder();
        table.TitleLines.Add(title);
        table.TitleLines.Add(SyntheticNote);
        table.TitleLines.Add(rowNote);
        foreach ((string label, long scale) in SyntheticCountries)
        {
            table.AddRow(label, Synthetic(scale * quarters));
        }

        table.AddRow("КНДР", kp);
        table.Footnotes.Add("¹ С ноября 2018 г. (новая форма). / Since the November 2018 form.");
        return table;
    }

    private static Dictionary<Purpose, long> Synthetic(long scale)
    {
        var values = new Dictionary<Purpose, long>
        {
            [Purpose.Official] = 10 * scale,
            [Purpose.Business] = 100 * scale,
            [Purpose.Tourism] = 300 * scale,
            [Purpose.Private] = 200 * scale,
            [Purpose.Study] = 50 * scale,
            [Purpose.Work] = 20 * scale,
            [Purpose.Residence] = 1 * scale,
            [Purpose.Transit] = 10 * scale,
            [Purpose.Crew] = 100 * scale,
        };
        values[Purpose.Total] = values.Values.Sum();
        return values;
    }
}
