using Flowwatch.Model;

namespace Flowwatch.Tests.Support;

/// <summary>Small factory of test values (Serilog's habit).</summary>
public static class Some
{
    public static readonly SourceDocument Document = new(new string('a', 64), "test.csv", "tidy-csv", "test", null);

    public static SeriesKey Key(string breakdown = "total", string dataset = "ru-fsb-entries-by-purpose", string partner = "KP") =>
        new(DatasetId.Parse(dataset), Country.Parse("RU"), Country.Parse(partner), Breakdown.Parse(breakdown));

    public static Observation Obs(string period, decimal value, string breakdown = "total", ObservationFlag flag = ObservationFlag.AsPublished) =>
        new(Key(breakdown), Period.Parse(period), value, flag, new Provenance(Document, SourceLocator.AtLine(2), []));

    public const string TidyHeader = "dataset,reporter,partner,breakdown,period,value,flag,sources,note,urls";

    public static string Tidy(params string[] rows) => TidyHeader + "\n" + string.Join("\n", rows) + "\n";
}
