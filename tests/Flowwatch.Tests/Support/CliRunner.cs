using Flowwatch.Analysis.Detection;
using Flowwatch.Cli;

namespace Flowwatch.Tests.Support;

/// <summary>Runs the `flowwatch` command in process and captures what it prints.</summary>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(null, args);

    /// <summary>Runs the command with <paramref name="detectors"/> in place of the catalogue's suite.</summary>
    public static (int Exit, string Out, string Err) Run(DetectorSuite? detectors, params string[] args)
    {
        // The command writes through process-wide writers; one run at a time.
        lock (Gate)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = CliApp.Run(args, output, error, detectors);
            return (exit, output.ToString(), error.ToString());
        }
    }
}
