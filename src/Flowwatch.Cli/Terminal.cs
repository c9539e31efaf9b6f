using Spectre.Console;

namespace Flowwatch.Cli;

/// <summary>Where commands write: the process's console, or writers a test hands in.</summary>
internal static class Terminal
{
    // Per thread: tests run commands in parallel, each with its own writers, and a command runs on the thread that
    // started it; one shared field let one test's output land in another's writer.
    [ThreadStatic]
    private static TextWriter? _out;

    [ThreadStatic]
    private static TextWriter? _error;

    public static TextWriter Out
    {
        get => _out ?? System.Console.Out;
        set => _out = value;
    }

    public static TextWriter Error
    {
        get => _error ?? System.Console.Error;
        set => _error = value;
    }

    /// <summary>A Spectre console over <see cref="Out"/>; colour only on a real terminal.</summary>
    public static IAnsiConsole Console()
    {
        bool real = ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = real ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = real ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = real ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!real)
        {
            // Piped output is read by programs and people with wide screens: do not wrap at 80 columns.
            console.Profile.Width = 240;
        }

        return console;
    }

    /// <summary>Writes an error line to standard error.</summary>
    public static void Fail(string message) => Error.WriteLine("error: " + message);
}
