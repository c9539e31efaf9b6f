using System.CommandLine;
using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Series;
using Flowwatch.Application;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class DemoCommand
{
    private static readonly DatasetId Entries = DatasetId.Parse("ru-fsb-entries-by-purpose");
    private static readonly Country Russia = Country.Parse("RU");
    private static readonly Country NorthKorea = Country.Parse("KP");

    public static Command Create(DetectorSuite detectors)
    {
        var command = new Command("demo", "Create the embedded store if needed, load the bundled DPRK-Russia figures and summarise them.");
        command.SetAction(parse => Run(parse.GetValue(CommonOptions.Db), detectors));
        return command;
    }

    private static int Run(string? db, DetectorSuite detectors)
    {
        using IObservationStore store = StoreOpener.Open(db);
        FileOutcome loaded = new Ingestion(store).IngestBundled();
        IAnsiConsole console = Terminal.Console();
        console.MarkupLine("[bold]Flowwatch demo: citizens of North Korea (DPRK) entering Russia[/]");
        console.WriteLine($"Store: {store.Location}");
        console.WriteLine(loaded.Stored?.Status == IngestStatus.Stored
            ? string.Create(CultureInfo.InvariantCulture, $"Loaded {loaded.Stored.Rows:N0} bundled figures (data/dprk-russia/observations.csv), each with the reports that printed it.")
            : "The bundled figures were already in the store.");
        console.WriteLine();

        var entries = new ObservationQuery { Dataset = Entries, Reporter = Russia, Partner = NorthKorea };
        var series = new SeriesQuery(store);
        IReadOnlyList<Observation> all = store.Current(entries);
        WriteYears(console, series.Run(new SeriesRequest(entries with { Breakdown = Breakdown.Total }, PeriodKind.Year)));
        WritePurposes(console, all);
        WriteStudyQuarters(console, all);
        WriteDisagreements(console, series.Disagreements(new SeriesRequest(entries, By: null)));
        ScanCommand.WriteDemoFindings(console, store.Current(ObservationQuery.All), detectors);
        VerifyCommand.WriteSeedVerdicts(console, store);
        TraceCommand.WriteDemoGenealogy(console, store);
        SanctionsDemo.Write(console, db);
        console.WriteLine();
        console.MarkupLine("[grey]Next: flowwatch series --partner KP --breakdown study --by quarter --format json[/]");
        return ExitCodes.Ok;
    }

    private static void WriteYears(IAnsiConsole console, IReadOnlyList<SeriesPoint> laid)
    {
        var years = laid.Where(p => p.Period.Kind == PeriodKind.Year).ToList();
        var table = new Table { Title = new TableTitle("Entries of DPRK citizens into Russia, all purposes, by year (FSB Border Service)") };
        table.AddColumns("year", "entries", "against the year before", "flag", "reported by");
        table.Columns[1].RightAligned();
        SeriesPoint? previous = null;
        foreach (SeriesPoint p in years)
        {
            string change = previous is not null && previous.Period.Year == p.Period.Year - 1 && previous.Value > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{p.Value / previous.Value:0.0}x")
                : "";
            string flag = Flag(p);
            table.AddRow(p.Period.ToString(), p.Value.ToString("N0", CultureInfo.InvariantCulture), change, Markup.Escape(flag), Markup.Escape(Cited(p)));
            previous = p;
        }

        console.Write(table);
    }

    private static void WritePurposes(IAnsiConsole console, IReadOnlyList<Observation> all)
    {
        var yearly = all.Where(o => o.Period.Kind == PeriodKind.Year && o.Key.Breakdown != Breakdown.Total).ToList();
        if (yearly.Count == 0)
        {
            return;
        }

        int year = yearly.Max(o => o.Period.Year);
        Observation? total = all.FirstOrDefault(o => o.Key.Breakdown == Breakdown.Total && o.Period == Period.OfYear(year));
        var table = new Table { Title = new TableTitle(string.Create(CultureInfo.InvariantCulture, $"{year} by stated purpose of the trip")) };
        table.AddColumns("purpose", "entries", "share");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        foreach (Observation o in yearly.Where(o => o.Period.Year == year).OrderByDescending(o => o.Value))
        {
            string share = total is { Value: > 0 } ? (o.Value / total.Value).ToString("P1", CultureInfo.InvariantCulture) : "";
            table.AddRow(o.Key.Breakdown.Code, o.Value.ToString("N0", CultureInfo.InvariantCulture), share);
        }

        console.Write(table);
    }

    private static void WriteStudyQuarters(IAnsiConsole console, IReadOnlyList<Observation> all)
    {
        var study = all.Where(o => o.Key.Breakdown == Breakdown.Of(Purpose.Study) && o.Period.Kind == PeriodKind.Quarter).OrderBy(o => o.Period).ToList();
        if (study.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Entries for study, by quarter[/] (as published; quarters not listed were not reported)");
        foreach (Observation o in study)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {o.Period}  {o.Value,7:N0}  {string.Join(' ', o.Provenance.Citations.Select(c => c.Id))}"));
        }

        console.WriteLine();
    }

    private static void WriteDisagreements(IAnsiConsole console, IReadOnlyList<Disagreement> disagreements)
    {
        if (disagreements.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Published figures that do not add up[/] (both kept; Flowwatch does not pick one)");
        foreach (Disagreement d in disagreements)
        {
            console.WriteLine($"  {d.Key.Breakdown}: {DisagreementNote.Of(d).Text}");
        }
    }

    private static string Flag(SeriesPoint p)
    {
        string flag = p.Flag switch
        {
            ObservationFlag.Approximate => "approximate",
            ObservationFlag.LowerBound => "at least",
            ObservationFlag.Derived => "sum of " + string.Join("+", p.Basis.Select(b => b.Period.ToString())),
            _ => "",
        };
        return p.IsDisputed ? (flag + " disputed").Trim() : flag;
    }

    private static string Cited(SeriesPoint p)
    {
        var ids = p.Basis.SelectMany(b => b.Provenance.Citations).Select(c => c.Id).Where(i => i.Length > 0).Distinct().ToList();
        return ids.Count <= 2 ? string.Join(", ", ids) : $"{ids[0]}, {ids[1]} +{ids.Count - 2}";
    }
}
