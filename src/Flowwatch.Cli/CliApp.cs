using System.CommandLine;
using Flowwatch.Cli.Commands;

namespace Flowwatch.Cli;

/// <summary>The `flowwatch` command: its verbs, wired once, runnable in process for tests.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Flowwatch: official migration statistics in, cited series, findings and checked claims out.");
        root.Options.Add(CommonOptions.Db);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(SeriesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        Terminal.Out = output;
        Terminal.Error = error;
        return Build().Parse(args).Invoke(configuration);
    }
}
