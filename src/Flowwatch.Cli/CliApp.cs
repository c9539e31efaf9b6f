using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
        root.Subcommands.Add(WatchCommand.Create());
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
                ParseResult parse = Build().Parse(args);

                // System.CommandLine's own answer to a parse error is exit code 1 and the whole help text; a usage
                // error is exit code 2 here, as for the checks the verbs make themselves, and one line that says
                // what was wrong and where the help is. --help and --version win over errors, as they do by default.
                if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
                {
                    Terminal.Fail(UsageProblem(parse));
                    return ExitCodes.Usage;
                }

                if (UnknownOption(parse, args) is { } unknown)
                {
                    Terminal.Fail($"Unrecognized option '{unknown}'. (`{VerbPath(parse)} --help` lists the options.)");
                    return ExitCodes.Usage;
                }

                return parse.Invoke(configuration);
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

    // A verb that takes any number of paths takes a mistyped option as one more path (`ingest --verbse f.csv`):
    // a path that starts with "--" is an unknown option unless the user wrote "--" to end the options.
    private static string? UnknownOption(ParseResult parse, string[] args) =>
        Array.IndexOf(args, "--") >= 0
            ? null
            : parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).FirstOrDefault(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2);

    private static string UsageProblem(ParseResult parse)
    {
        // "Argument 'pdf' not recognized" does not say which option it was given to: the option's name leads.
        string errors = string.Join(" ", parse.Errors
            .Select(e => e.SymbolResult is OptionResult o && !e.Message.Contains(o.Option.Name, StringComparison.Ordinal) ? $"{o.Option.Name}: {OneLine(e.Message)}" : OneLine(e.Message))
            .Distinct());
        return $"{errors} (`{VerbPath(parse)} --help` lists the options.)";
    }

    private static string VerbPath(ParseResult parse)
    {
        // The root command's own name is the host's file name (testhost under tests): the command is flowwatch.
        var names = new Stack<string>();
        for (CommandResult? c = parse.CommandResult; c?.Parent is CommandResult parent; c = parent)
        {
            names.Push(c.Command.Name);
        }

        return string.Join(' ', names.Prepend("flowwatch"));
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
