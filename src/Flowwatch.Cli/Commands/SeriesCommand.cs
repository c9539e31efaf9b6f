using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Series;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class SeriesCommand
{
    public static Command Create()
    {
        var partner = new Option<string>("--partner") { Description = "Partner country, an ISO alpha-2 code or a name (KP, North Korea, КНДР): the citizenship counted.", Required = true };
        var reporter = new Option<string?>("--reporter") { Description = "Reporting country, an ISO alpha-2 code or a name (RU, Russia)." };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset id (ru-fsb-entries-by-purpose)." };
        var breakdown = new Option<string?>("--breakdown") { Description = "Category: a purpose (study, work, total), a mode (air) or a visa type (tourist)." };
        var by = new Option<string?>("--by") { Description = "Lay out by year, half, quarter or month; coarser periods that were not published are summed from finer ones and marked derived." };
        by.AcceptOnlyFromAmong("year", "half", "quarter", "month");
        Option<string> format = CommonOptions.Format("table", "csv", "json", "sdmx-csv", "jsonstat");
        var command = new Command("series", "Show the figures of a series with their flags, witnesses and citations; or write them as SDMX-CSV 2.0 or JSON-stat 2.0 (Flowwatch's own dataflow, read back by `ingest`).")
        {
            partner, reporter, dataset, breakdown, by, format,
        };
        ProvenanceOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!SeriesRequest.TryParse(
                    CommonOptions.Parameters, parse.GetValue(partner), parse.GetValue(reporter), parse.GetValue(dataset), parse.GetValue(breakdown), parse.GetValue(by),
                    parse.GetValue(ProvenanceOptions.AsOf), parse.GetValue(ProvenanceOptions.KnownAt), parse.GetValue(ProvenanceOptions.IncludeSynthetic) ? "true" : null,
                    out SeriesRequest? request, out string? problem))
            {
                Terminal.Fail(problem!);
                return ExitCodes.Usage;
            }

            using IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db));
            IReadOnlyList<SeriesPoint> points = new SeriesQuery(store).Run(request!);
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
            case "sdmx-csv":
                // Flowwatch's own dataflow (docs/formats.md): `flowwatch ingest` reads it back.
                Terminal.Out.Write(SeriesSdmxCsv.Write(rows));
                break;
            case "jsonstat":
                Terminal.Out.WriteLine(System.Text.Encoding.UTF8.GetString(SeriesJsonStat.Write(rows)));
                break;
            default:
                WriteTable(points, rows);
                break;
        }
    }

    // Citations where the files name them; else the file and the cell the figure stands in. Every witness
    // counts, and further files that state the same figure are named after the citations.
    private static string Cited(SeriesPoint point, SeriesRow row)
    {
        var ids = row.Sources.SelectMany(s => s.Citations).Select(c => c.Id.Length > 0 ? c.Id : c.Url).Distinct().ToList();
        IReadOnlyList<Witness> witnesses = point.Basis[0].Witnesses;
        IEnumerable<string> files = witnesses.Where(w => w.Provenance.Citations.Count == 0).Select(w => $"{w.Provenance.Document.FileName} {w.Provenance.Locator}{(w.IsSynthetic ? " (synthetic)" : "")}");
        string text = string.Join("; ", ids.Count > 0 ? files.Prepend(string.Join(' ', ids)) : files);
        IEnumerable<string> revised = point.Basis[0].Superseded.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Value:N0} until {w.Published:yyyy-MM-dd}"));
        return point.Basis[0].Superseded.Count > 0 ? $"{text} (revised; earlier: {string.Join(", ", revised)})" : text;
    }

    // A country in words with its code, as the findings name it: "North Korea (KP)".
    private static string Named(Country country) =>
        country.IsEmpty ? "" : country.EnglishName is { Length: > 0 } name && name != country.Code ? $"{name} ({country.Code})" : country.Code;

    private static void WriteTable(IReadOnlyList<SeriesPoint> points, IReadOnlyList<SeriesRow> rows)
    {
        IAnsiConsole console = Terminal.Console();
        foreach (IGrouping<SeriesKey, (SeriesPoint Point, SeriesRow Row)> series in points.Zip(rows).GroupBy(x => x.First.Key, x => (x.First, x.Second)))
        {
            string unit = series.First().Row.Unit is { Length: > 0 } u ? $" ({u})" : "";
            var table = new Table { Title = new TableTitle(Markup.Escape($"{series.Key.Dataset}: reporter {Named(series.Key.Reporter)}, partner {Named(series.Key.Partner)}, {series.Key.Breakdown}{unit}")) };
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
                    : Cited(point, row);
                table.AddRow(row.Period, point.Value.ToString("#,0.###", CultureInfo.InvariantCulture), Markup.Escape(flag), Markup.Escape(sources));
            }

            console.Write(table);
            foreach (DisagreementNote d in series.SelectMany(x => DisagreementNote.Of(x.Point)))
            {
                console.MarkupLine((d.WithinApproximation ? "[yellow]note:[/] " : "[red]disagreement:[/] ") + Markup.Escape(d.Text));
            }
        }
    }
}
