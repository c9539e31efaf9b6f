using Spectre.Console;

namespace Flowwatch.Cli;

/// <summary>Where commands write: the process's console, or writers a test hands in.</summary>
internal static class Terminal
{
    // Per run, not per process: tests (and the web tests) run several commands at once in one process, and a
    // process-wide writer let one run's output land in another's.
    private static readonly AsyncLocal<TextWriter?> CurrentOut = new();
    private static readonly AsyncLocal<TextWriter?> CurrentError = new();

    public static TextWriter Out
    {
        get => CurrentOut.Value ?? System.Console.Out;
        set => CurrentOut.Value = value;
    }

    public static TextWriter Error
    {
        get => CurrentError.Value ?? System.Console.Error;
        set => CurrentError.Value = value;
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
