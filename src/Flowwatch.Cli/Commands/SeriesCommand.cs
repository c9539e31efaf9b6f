using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Series;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class SeriesCommand
{
    public static Command Create()
    {
        var partner = new Option<string>("--partner") { Description = "Partner country, ISO alpha-2 (KP): the citizenship counted.", Required = true };
        var reporter = new Option<string?>("--reporter") { Description = "Reporting country, ISO alpha-2 (RU)." };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset id (ru-fsb-entries-by-purpose)." };
        var breakdown = new Option<string?>("--breakdown") { Description = "Category: a purpose (study, work, total), a mode (air) or a visa type (tourist)." };
        var by = new Option<string?>("--by") { Description = "Lay out by year, half, quarter or month; coarser periods that were not published are summed from finer ones and marked derived." };
        by.AcceptOnlyFromAmong("year", "half", "quarter", "month");
        var asOf = new Option<string?>("--as-of") { Description = "Show the store as it was at this date or time (ISO 8601, UTC): later revisions are ignored." };
        Option<string> format = CommonOptions.Format("table", "csv", "json");
        var command = new Command("series", "Show the figures of a series with their flags and citations.")
        {
            partner, reporter, dataset, breakdown, by, asOf, format,
        };
        command.SetAction(parse =>
        {
            if (!TryQuery(parse.GetValue(partner)!, parse.GetValue(reporter), parse.GetValue(dataset), parse.GetValue(breakdown), parse.GetValue(asOf), out ObservationQuery? query, out string? problem))
            {
                Terminal.Fail(problem!);
                return ExitCodes.Usage;
            }

            PeriodKind? kind = parse.GetValue(by) switch
            {
                "year" => PeriodKind.Year,
                "half" => PeriodKind.Half,
                "quarter" => PeriodKind.Quarter,
                "month" => PeriodKind.Month,
                _ => null,
            };
            using IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db));
            IReadOnlyList<SeriesPoint> points = SeriesAggregator.Lay(store.Current(query!), kind);
            if (points.Count == 0)
            {
                Terminal.Fail("no figures match; `flowwatch sources` lists what the store holds.");
                return ExitCodes.BadInput;
            }

            Write(points, parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static bool TryQuery(string partner, string? reporter, string? dataset, string? breakdown, string? asOf, out ObservationQuery? query, out string? problem)
    {
        query = null;
        problem = null;
        if (!Country.TryParse(partner, out Country p))
        {
            problem = $"--partner '{partner}' is not an ISO 3166-1 alpha-2 code such as KP.";
            return false;
        }

        Country? r = null;
        if (reporter is not null)
        {
            if (!Country.TryParse(reporter, out Country rc))
            {
                problem = $"--reporter '{reporter}' is not an ISO 3166-1 alpha-2 code such as RU.";
                return false;
            }

            r = rc;
        }

        DatasetId? d = null;
        if (dataset is not null)
        {
            if (!DatasetId.TryParse(dataset, out DatasetId dc))
            {
                problem = $"--dataset '{dataset}' is not a dataset id such as ru-fsb-entries-by-purpose.";
                return false;
            }

            d = dc;
        }

        Breakdown? b = null;
        if (breakdown is not null)
        {
            if (!Breakdown.TryParse(breakdown.ToLowerInvariant(), out Breakdown bc))
            {
                problem = $"--breakdown '{breakdown}' is not a category such as study, total or air.";
                return false;
            }

            b = bc;
        }

        DateTimeOffset? at = null;
        if (asOf is not null)
        {
            if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t))
            {
                problem = $"--as-of '{asOf}' is not an ISO 8601 date or time such as 2025-03-01 or 2025-03-01T12:00Z.";
                return false;
            }

            at = asOf.Length == 10 ? t.AddDays(1).AddTicks(-1) : t;
        }

        query = new ObservationQuery { Partner = p, Reporter = r, Dataset = d, Breakdown = b, AsOf = at };
        return true;
    }

    private static void Write(IReadOnlyList<SeriesPoint> points, string format)
    {
        IReadOnlyList<SeriesRow> rows = SeriesRows.From(points);
        switch (format)
        {
            case "json":
                Terminal.Out.WriteLine(JsonSerializer.Serialize(rows, ReportJsonContext.Readable.IReadOnlyListSeriesRow));
                break;
            case "csv":
                Terminal.Out.Write(SeriesRows.ToCsv(rows));
                break;
            default:
                WriteTable(points, rows);
                break;
        }
    }

    // Citations where the file names them; else the file and the cell the figure stands in.
    private static string Cited(SeriesRow row)
    {
        var ids = row.Sources.SelectMany(s => s.Citations).Select(c => c.Id.Length > 0 ? c.Id : c.Url).Distinct().ToList();
        return ids.Count > 0 ? string.Join(' ', ids) : string.Join("; ", row.Sources.Select(s => $"{s.File} {s.Locator}"));
    }

    private static void WriteTable(IReadOnlyList<SeriesPoint> points, IReadOnlyList<SeriesRow> rows)
    {
        IAnsiConsole console = Terminal.Console();
        foreach (IGrouping<SeriesKey, (SeriesPoint Point, SeriesRow Row)> series in points.Zip(rows).GroupBy(x => x.First.Key, x => (x.First, x.Second)))
        {
            string unit = series.First().Row.Unit is { Length: > 0 } u ? $" ({u})" : "";
            var table = new Table { Title = new TableTitle(Markup.Escape($"{series.Key.Dataset}: reporter {series.Key.Reporter}, partner {series.Key.Partner}, {series.Key.Breakdown}{unit}")) };
            table.AddColumns("period", "value", "flag", "sources");
            table.Columns[1].RightAligned();
            foreach ((SeriesPoint point, SeriesRow row) in series)
            {
                string flag = row.Flag == "as_published" ? "" : row.Flag;
                if (point.IsDisputed)
                {
                    flag = (flag + " disputed").Trim();
                }

                string sources = point.IsDerived && point.Basis.Count > 1
                    ? "sum of " + string.Join(" + ", point.Basis.Select(b => b.Period.ToString()))
                    : point.IsDerived ? point.Basis[0].Note ?? point.Basis[0].Provenance.Document.FileName
                    : Cited(row);
                table.AddRow(row.Period, point.Value.ToString("#,0.###", CultureInfo.InvariantCulture), Markup.Escape(flag), Markup.Escape(sources));
            }

            console.Write(table);
            foreach (Disagreement d in series.SelectMany(x => x.Point.Disagreements))
            {
                console.MarkupLine((d.WithinApproximation ? "[yellow]note:[/] " : "[red]disagreement:[/] ") + Markup.Escape(d.Describe()));
            }
        }
    }
}
