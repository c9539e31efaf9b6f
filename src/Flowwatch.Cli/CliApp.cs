using System.CommandLine;
using Flowwatch.Cli.Commands;
using Flowwatch.Sources;
using Flowwatch.Store;

namespace Flowwatch.Cli;

/// <summary>The `flowwatch` command: its verbs, wired once, runnable in process for tests.</summary>
public static class CliApp
{
    private static readonly Lock Gate = new();

    public static RootCommand Build()
    {
        var root = new RootCommand("Flowwatch: official migration statistics in, cited series, findings and checked claims out.");
        root.Options.Add(CommonOptions.Db);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(RemoveCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SeriesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(SanctionsCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Failures a user can mend (a store that does not open, a file that cannot be read) are one line
        // on standard error and exit code 1; anything else is a bug and keeps its stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };

        // Terminal's writers are process-wide: in-process callers (tests) run one command at a time.
        lock (Gate)
        {
            Terminal.Out = output;
            Terminal.Error = error;
            try
            {
                return Build().Parse(args).Invoke(configuration);
            }
            catch (Exception e) when (e is StoreException or SourceException or IOException or UnauthorizedAccessException)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.BadInput;
            }
            catch (System.Data.Common.DbException e)
            {
                // The database engine refused a statement (disk full, locked too long, server gone): the store
                // rolled the file back, and the engine's own words say why.
                Terminal.Fail(OneLine($"the store refused the change ({e.Message}); nothing from the file in hand was kept."));
                return ExitCodes.BadInput;
            }
            catch (TimeoutException e)
            {
                Terminal.Fail(OneLine($"the store did not answer in time ({e.Message}); nothing from the file in hand was kept."));
                return ExitCodes.BadInput;
            }
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
