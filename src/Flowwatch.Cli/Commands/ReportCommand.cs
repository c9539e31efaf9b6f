using System.CommandLine;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application.Queries;
using Flowwatch.Charts;
using Flowwatch.Store;

namespace Flowwatch.Cli.Commands;

internal static class ReportCommand
{
    public static Command Create(DetectorSuite detectors)
    {
        var output = new Option<string>("--out") { Description = "The folder to write report.html, report.md, charts/ and data/ into.", Required = true };
        var command = new Command("report", "Scan and write a self-contained HTML report (and Markdown) with a chart, evidence and citations for each finding.")
        {
            output, ScanCommand.Partner, ScanCommand.Reporter, ScanCommand.Since, ScanCommand.MinSeverity, ScanCommand.Rules, ScanCommand.Events, ScanCommand.Capacity,
        };
        ProvenanceOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!ScanCommand.TryQuery(parse, detectors, out FindingsQuery? query, out FindingsRequest? request, out int failure))
            {
                return failure;
            }

            FindingsReport report;
            using (IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db)))
            {
                report = query!.Report(store, request!);
            }

            string path = ReportWriter.Write(parse.GetValue(output)!, report.Findings, report.Figures, report.Title);
            Terminal.Out.WriteLine($"Wrote {path} ({report.Findings.Count} findings), report.md, charts/ and data/.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
