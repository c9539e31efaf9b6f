using System.CommandLine;
using System.Text.RegularExpressions;
using Flowwatch.Cli;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>
/// The command's conventions, checked on every verb and sub-verb of <see cref="CliApp.Build"/> so that a new verb
/// or option is covered without touching this file: exit code 2 for a usage error, 1 for a failure, a one-line
/// message, and a --help that shows the verb's description and each of its options.
/// </summary>
public sealed partial class CommandConventionsTests : IDisposable
{
    // Options whose value is typed (a country, a date, a number, one of a list): each with a value it refuses.
    private static readonly Dictionary<string, string> BadValues = new(StringComparer.Ordinal)
    {
        ["--partner"] = "Atlantis",
        ["--reporter"] = "Atlantis",
        ["--dataset"] = "not a dataset!",
        ["--breakdown"] = "not a category!",
        ["--by"] = "fortnight",
        ["--format"] = "pdf",
        ["--lang"] = "xx",
        ["--type"] = "planet",
        ["--log-level"] = "loud",
        ["--min-severity"] = "dire",
        ["--since"] = "soon",
        ["--max"] = "many",
        ["--max-body-kb"] = "lots",
        ["--as-of"] = "2024-13-45",
        ["--known-at"] = "yesterday",
        ["--published"] = "yesterday",
        ["--every"] = "often",
        ["--settle"] = "a while",
        ["--webhook"] = "ftp://example.org/hook",
        ["--webhook-format"] = "xml",
        ["--url"] = "not an address",
        ["--site"] = "not an address",
        ["--urls"] = "nowhere",
        ["--dob"] = "old",
    };

    // Options whose value is free text (a path, a list version, a regime): any value parses.
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal)
    {
        "--db", "--out", "--rules", "--events", "--capacity", "--file", "--from", "--to", "--regime", "--webhook-secret-file",
        "--reviewer", "--reviewer-url",
    };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Every verb and sub-verb, as the words typed after `flowwatch`.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach ((string path, Command _) in Walk(CliApp.Build(), ""))
        {
            data.Add(path);
        }

        return data;
    }

    /// <summary>Every (verb, typed option) pair.</summary>
    public static TheoryData<string, string> TypedOptions()
    {
        var data = new TheoryData<string, string>();
        foreach ((string path, Command command) in Walk(CliApp.Build(), ""))
        {
            foreach (Option option in Options(command).Where(o => BadValues.ContainsKey(o.Name)))
            {
                data.Add(path, option.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_verbs_are_found_in_the_command_tree()
    {
        List<string> verbs = Walk(CliApp.Build(), "").Select(v => v.Path).ToList();
        Assert.Contains("series", verbs);
        Assert.Contains("sanctions diff", verbs);
        Assert.Contains("", verbs);
        Assert.True(verbs.Count >= 15, string.Join(", ", verbs));
    }

    [Fact]
    public void Every_option_that_takes_a_value_is_either_typed_here_or_free_text()
    {
        var unclassified = Walk(CliApp.Build(), "")
            .SelectMany(v => Options(v.Command).Select(o => (v.Path, Option: o)))
            .Where(x => x.Option.ValueType != typeof(bool) && !BadValues.ContainsKey(x.Option.Name) && !FreeText.Contains(x.Option.Name))
            .Select(x => $"{x.Path} {x.Option.Name}")
            .ToList();
        Assert.True(unclassified.Count == 0, "say what a bad value of each is, or that it is free text: " + string.Join(", ", unclassified));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_exits_0_and_shows_the_description_and_every_option(string verb)
    {
        Command command = Find(verb);
        var (exit, output, error) = CliRunner.Run([.. Words(verb), "--help"]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        string text = Squeezed(output);
        Assert.Contains(Squeezed(command.Description!), text, StringComparison.Ordinal);
        foreach (Option option in Options(command).Where(o => !o.Hidden))
        {
            Assert.Contains(option.Name, text, StringComparison.Ordinal);
            Assert.Contains(Squeezed(option.Description!), text, StringComparison.Ordinal);
        }

        foreach (Command sub in command.Subcommands.Where(c => !c.Hidden))
        {
            Assert.Contains(sub.Name, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void An_unknown_option_exits_2_with_one_line_on_stderr(string verb)
    {
        var (exit, output, error) = CliRunner.Run([.. Words(verb), .. ValidBase(Find(verb)), "--no-such-option"]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(Lines(error));
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TypedOptions))]
    public void A_bad_value_of_a_typed_option_exits_2_with_one_line_naming_it(string verb, string option)
    {
        string[] args = [.. Words(verb), .. ValidBase(Find(verb), except: option), option, BadValues[option]];
        var (exit, _, error) = CliRunner.Run(args);
        Assert.True(exit == 2, $"flowwatch {string.Join(' ', args)} exited {exit}: {error}");
        Assert.Single(Lines(error));
        Assert.Contains(BadValues[option], error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_base_command_lines_parse()
    {
        // The bad-value cases only mean something if the rest of their command line is right.
        foreach ((string path, Command command) in Walk(CliApp.Build(), "").Where(v => v.Command.Action is not null))
        {
            ParseResult parse = CliApp.Build().Parse([.. Words(path), .. ValidBase(command)]);
            Assert.True(parse.Errors.Count == 0, $"{path}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void An_unknown_verb_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, exit);
        Assert.Single(Lines(error));
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_option_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("series", "--db", _dir.File("fw.db"));
        Assert.Equal(2, exit);
        Assert.Single(Lines(error));
        Assert.Contains("--partner", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_a_failure_exit_1()
    {
        var (exit, _, error) = CliRunner.Run("ingest", _dir.File("missing.csv"), "--db", _dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Single(Lines(error));
    }

    [Fact]
    public void A_rules_file_that_does_not_parse_is_a_failure_exit_1()
    {
        string rules = _dir.Write("rules.csv", "not,a,rules,file\n1,2,3,4\n");
        var (exit, _, error) = CliRunner.Run("scan", "--rules", rules, "--db", _dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.NotEqual("", error);
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_a_failure_exit_1()
    {
        string db = _dir.Write("not.db", "this is not a database, it is a sentence that goes on for a while.");
        var (exit, _, error) = CliRunner.Run("scan", "--db", db);
        Assert.Equal(1, exit);
        Assert.Single(Lines(error));
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string path)
    {
        yield return (path, command);
        foreach (Command sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach ((string, Command) inner in Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"))
            {
                yield return inner;
            }
        }
    }

    // A verb's own options and those it inherits (--db is recursive); --help and --version are System.CommandLine's.
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (Option option in c.Options.Where(o => (ReferenceEquals(c, command) || o.Recursive) && o.Name is not ("--help" or "--version") && seen.Add(o.Name)))
            {
                yield return option;
            }
        }
    }

    private static Command Find(string verb)
    {
        Command command = CliApp.Build();
        foreach (string word in Words(verb))
        {
            command = command.Subcommands.Single(c => c.Name == word);
        }

        return command;
    }

    private static string[] Words(string verb) => verb.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // A command line the verb accepts: its arguments and required options filled in with sound values, and a store
    // in a folder of its own, so that only the option under test can be wrong.
    private string[] ValidBase(Command command, string? except = null)
    {
        var args = new List<string>();
        foreach (Argument argument in command.Arguments)
        {
            args.Add(argument.Name switch
            {
                "folders" => _dir.Path,
                "NAME" => "Kim Jong Un",
                _ => _dir.Write("input.csv", "a,b\n1,2\n"),
            });
        }

        foreach (Option option in Options(command).Where(o => o.Required && o.Name != except))
        {
            args.Add(option.Name);
            args.Add(option.Name switch
            {
                "--partner" => "KP",
                "--out" => _dir.File("out"),
                var other => throw new InvalidOperationException($"give a sound value for the required option {other}."),
            });
        }

        if (command.Parents.Any() || command.Subcommands.Count == 0)
        {
            args.Add("--db");
            args.Add(_dir.File("fw.db"));
        }

        return [.. args];
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Help wraps long descriptions to the width of the terminal: compare with runs of white space made one space.
    private static string Squeezed(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
