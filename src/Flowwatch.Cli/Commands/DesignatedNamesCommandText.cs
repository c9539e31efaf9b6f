using Flowwatch.Reports.Sanctions;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

/// <summary>The designated names `verify` found, as text for people.</summary>
internal static class DesignatedNamesCommandText
{
    public static void Write(IReadOnlyList<DesignatedNameRow> names)
    {
        IAnsiConsole console = Terminal.Console();
        console.WriteLine();
        if (names.Count == 0)
        {
            console.MarkupLine("[grey]No designated names (UN sanctions list) found in the article.[/]");
            return;
        }

        console.MarkupLine($"[bold]Designated names[/] (UN Security Council sanctions list): {names.Count}");
        foreach (DesignatedNameRow r in names)
        {
            console.MarkupLine($"  [red bold]{Markup.Escape(r.Text)}[/] → {Markup.Escape(r.Reference)} {Markup.Escape(r.Name)} ({Markup.Escape(DesignatedNameReports.Regime(r.Regime))}, listed {Markup.Escape(r.ListedOn ?? "?")}; rule {Markup.Escape(r.Rule)}, score {r.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})");
            console.MarkupLine("    " + Markup.Escape(r.Reason));
        }
    }
}
