using System.CommandLine;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
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
            if (!ScanCommand.TryScan(parse, detectors, out IReadOnlyList<Finding>? findings, out int failure))
            {
                return failure;
            }

            ScanCommand.TryRequest(parse, out FindingsRequest? request);
            IReadOnlyList<Observation> all;
            using (IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db)))
            {
                all = store.Current(request!.Query);
            }

            string partner = request.Partner is { } p ? $" on {p}" : "";
            string path = ReportWriter.Write(parse.GetValue(output)!, findings!, all, $"Flowwatch findings{partner}");
            Terminal.Out.WriteLine($"Wrote {path} ({findings!.Count} findings), report.md, charts/ and data/.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
