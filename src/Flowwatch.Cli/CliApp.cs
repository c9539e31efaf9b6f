using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Flowwatch.Analysis.Detection;
using Flowwatch.Cli.Commands;
using Flowwatch.Sources;
using Flowwatch.Store;

namespace Flowwatch.Cli;

/// <summary>The `flowwatch` command: its verbs, wired once, runnable in process for tests.</summary>
public static class CliApp
{
    private static readonly Lock Gate = new();

    /// <summary>The command with its verbs.</summary>
    /// <param name="detectors">The detectors scan, report, demo, serve and watch run; the catalogue's suite (<see cref="DetectorSuite.Default"/>) if null.</param>
    public static RootCommand Build(DetectorSuite? detectors = null)
    {
        DetectorSuite suite = detectors ?? DetectorSuite.Default;
        var root = new RootCommand("Flowwatch: official migration statistics in, cited series, findings and checked claims out.");
        root.Options.Add(CommonOptions.Db);
        root.Subcommands.Add(DemoCommand.Create(suite));
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(RemoveCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SeriesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create(suite));
        Command scan = ScanCommand.Create(suite);
        root.Subcommands.Add(scan);
        Command report = ReportCommand.Create(suite);
        root.Subcommands.Add(report);
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(SanctionsCommand.Create());
        root.Subcommands.Add(WatchCommand.Create(suite));
        root.Subcommands.Add(WebhooksCommand.Create());

        // The help of the verbs that scan lists the detectors they run, from the registry.
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: SynchronousCommandLineAction help } option)
        {
            option.Action = new DetectorsHelpAction(help, suite.Detectors, [scan, report]);
        }

        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/> and returns its exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="detectors">The detectors the verbs run; the catalogue's suite if null (tests register their own).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, DetectorSuite? detectors = null)
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
                ParseResult parse = Build(detectors).Parse(args);

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
