using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Sources;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class ScanCommand
{
    public static readonly Option<string?> Partner = new("--partner") { Description = "Only findings on this partner country, an ISO alpha-2 code or a name (KP, North Korea)." };
    public static readonly Option<string?> Reporter = new("--reporter") { Description = "Only findings on this reporting country, an ISO alpha-2 code or a name (RU, Russia)." };
    public static readonly Option<int?> Since = new("--since") { Description = "Only findings on periods from this year on (2019)." };
    public static readonly Option<string> MinSeverity = MakeSeverity();
    public static readonly Option<string?> Rules = new("--rules") { Description = "A rules file to use instead of the bundled data/rules.csv." };
    public static readonly Option<string?> Events = new("--events") { Description = "An events file to use instead of the bundled data/events.csv." };
    public static readonly Option<string?> Capacity = new("--capacity") { Description = "A capacity file to use instead of the bundled data/capacity.csv." };

    public static Command Create(DetectorSuite detectors)
    {
        Option<string> format = CommonOptions.Format("table", "json", "markdown");
        var command = new Command("scan", Description(detectors.Detectors))
        {
            Partner, Reporter, Since, MinSeverity, format, Rules, Events, Capacity,
        };
        ProvenanceOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!TryScan(parse, detectors, out IReadOnlyList<Finding>? findings, out int failure))
            {
                return failure;
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    Terminal.Out.WriteLine(JsonSerializer.Serialize(new FindingsDocument { Findings = FindingRows.From(findings!) }, FindingJsonContext.Readable.FindingsDocument));
                    break;
                case "markdown":
                    Terminal.Out.Write(FindingsMarkdown.Write(findings!));
                    break;
                default:
                    WriteTable(findings!);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What the verb does, naming the detectors the registry holds (`--help` then lists them, one line each).</summary>
    private static string Description(DetectorRegistry registry) =>
        $"Run every detector ({string.Join(", ", registry.Names)}) and list the findings with their evidence.";

    /// <summary>Loads the figures and reference data the command line names, scans, and filters the findings; else the exit code.</summary>
    internal static bool TryScan(ParseResult parse, DetectorSuite detectors, out IReadOnlyList<Finding>? findings, out int failure)
    {
        findings = null;
        if (!TryQuery(parse, detectors, out FindingsQuery? query, out FindingsRequest? request, out failure))
        {
            return false;
        }

        using IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db));
        findings = query!.Run(store, request!);
        return true;
    }

    /// <summary>The findings use case with the reference data the command line names, and its request; else the exit code after saying why.</summary>
    internal static bool TryQuery(ParseResult parse, DetectorSuite detectors, out FindingsQuery? query, out FindingsRequest? request, out int failure)
    {
        query = null;
        failure = ExitCodes.Usage;
        if (!TryRequest(parse, out request))
        {
            return false;
        }

        try
        {
            query = new FindingsQuery(ReferenceData.Load(parse.GetValue(Rules), parse.GetValue(Events), parse.GetValue(Capacity)), detectors);
        }
        catch (SourceException e)
        {
            Terminal.Fail(e.Message);
            failure = ExitCodes.BadInput;
            return false;
        }

        return true;
    }

    /// <summary>The findings query the command line names, or false after saying why.</summary>
    internal static bool TryRequest(ParseResult parse, out FindingsRequest? request)
    {
        if (!FindingsRequest.TryParse(
                CommonOptions.Parameters, parse.GetValue(Partner), parse.GetValue(Reporter), parse.GetValue(Since)?.ToString(CultureInfo.InvariantCulture), parse.GetValue(MinSeverity),
                parse.GetValue(ProvenanceOptions.AsOf), parse.GetValue(ProvenanceOptions.KnownAt), parse.GetValue(ProvenanceOptions.IncludeSynthetic) ? "true" : null,
                out request, out string? problem))
        {
            Terminal.Fail(problem!);
            return false;
        }

        return true;
    }

    /// <summary>The demo's closing part: what the detectors find in the bundled figures, medium and high only.</summary>
    internal static void WriteDemoFindings(IAnsiConsole console, IReadOnlyList<Observation> all, DetectorSuite detectors)
    {
        IReadOnlyList<Finding> findings = new FindingsQuery(ReferenceData.Load(), detectors).Scan(all)
            .Where(f => f.Severity >= Severity.Medium && f.Key.Partner.Code == "KP")
            .ToList();
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"What the detectors find ({findings.Count} medium or high findings; all of them: flowwatch scan --partner KP):"));
        foreach (Finding f in findings.Take(12))
        {
            string colour = f.Severity == Severity.High ? "red" : "yellow";
            console.MarkupLine($"  [{colour}]{FindingRows.SeverityCode(f.Severity),-6}[/] {Markup.Escape(f.Detector),-15} {Markup.Escape(f.Explanation)}");
        }
    }

    private static Option<string> MakeSeverity()
    {
        var option = new Option<string>("--min-severity") { Description = "The least severity listed: low, medium or high.", DefaultValueFactory = _ => "low" };
        option.AcceptOnlyFromAmong("low", "medium", "high");
        return option;
    }

    private static void WriteTable(IReadOnlyList<Finding> findings)
    {
        IAnsiConsole console = Terminal.Console();
        if (findings.Count == 0)
        {
            console.WriteLine("No findings.");
            return;
        }

        var table = new Table { Title = new TableTitle(string.Create(CultureInfo.InvariantCulture, $"{findings.Count} findings, most severe first")) };
        table.AddColumns("severity", "detector", "period", "series", "finding", "rules");
        foreach (Finding f in findings)
        {
            string colour = f.Severity switch { Severity.High => "red", Severity.Medium => "yellow", _ => "grey" };
            table.AddRow(
                $"[{colour}]{FindingRows.SeverityCode(f.Severity)}[/]",
                f.Detector,
                f.Period.ToString(),
                Markup.Escape($"{f.Key.Dataset}/{f.Key.Breakdown}"),
                Markup.Escape(FindingRows.Labelled(f)),
                Markup.Escape(string.Join(" ", f.Rules.Select(x => x.Id))));
        }

        console.Write(table);
        console.MarkupLine("[grey]Evidence and citations: --format json or markdown; charts: flowwatch report --out DIR[/]");
    }
}
