using System.CommandLine;
using System.Globalization;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class ScreenCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("NAME") { Description = "The name to screen (any romanization, Hangul, Cyrillic) or an IMO number.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "A CSV file of names: a 'name' column, optional 'type' and 'dob' columns." };
        var type = new Option<string>("--type") { Description = "person, entity or vessel (default: any).", DefaultValueFactory = _ => "any" };
        type.AcceptOnlyFromAmong("any", "person", "entity", "vessel");
        var dob = new Option<string?>("--dob") { Description = "Year of birth (persons)." };
        var max = new Option<int>("--max") { Description = "At most this many matches per name.", DefaultValueFactory = _ => 10 };
        Option<string> format = CommonOptions.Format("table", "json", "jsonl");
        var command = new Command("screen", "Screen a name against every loaded sanctions list (the UN list by default; OFAC, EU and FollowTheMoney lists once loaded).") { name, file, type, dob, max, format };
        command.SetAction(parse => Run(parse.GetValue(name), parse.GetValue(file), parse.GetValue(type)!, parse.GetValue(dob), parse.GetValue(max), parse.GetValue(format)!, parse.GetValue(CommonOptions.Db)));
        return command;
    }

    private static int Run(string? name, string? file, string typeText, string? dobText, int max, string format, string? db)
    {
        if ((name is null) == (file is null))
        {
            Terminal.Fail("give either a NAME or --file names.csv.");
            return ExitCodes.Usage;
        }

        ScreeningBatch.TryType(typeText, out ScreeningType type);
        if (!ScreeningBatch.TryYear(dobText, out int? year))
        {
            Terminal.Fail($"--dob '{dobText}': expected a year of birth such as 1944.");
            return ExitCodes.Usage;
        }

        IReadOnlyList<ScreeningQuery> queries;
        if (file is not null)
        {
            (queries, IReadOnlyList<string> problems) = ScreeningBatch.Read(file);
            if (problems.Count > 0)
            {
                foreach (string p in problems)
                {
                    Terminal.Fail(p);
                }

                return ExitCodes.BadInput;
            }
        }
        else
        {
            queries = [new ScreeningQuery(name!, type, year)];
        }

        ScreeningService screening = SanctionsStoreOpener.OpenScreening(db);
        if (format == "table")
        {
            IAnsiConsole console = Terminal.Console();
            foreach (ScreeningQuery q in queries)
            {
                WriteTable(console, q, screening.Screen(q, max), screening.Lists);
            }

            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Screened against: {string.Join("; ", screening.Lists.Select(ScreeningReports.ListName))}; alert at score ≥ {Screener.AlertThreshold:0.00}.")));
            return ExitCodes.Ok;
        }

        foreach (ScreeningQuery q in queries)
        {
            Terminal.Out.WriteLine(ScreeningReports.ToJson(ScreeningReports.ToReport(q.Name, screening.Screen(q, max)), oneLine: format == "jsonl"));
        }

        return ExitCodes.Ok;
    }

    private static void WriteTable(IAnsiConsole console, ScreeningQuery q, IReadOnlyList<ScreeningMatch> matches, IReadOnlyList<SanctionsList> lists)
    {
        if (!matches.Any(m => m.Alert))
        {
            console.MarkupLine(Markup.Escape(ScreeningReports.NoAlert(q.Name, lists)));
            if (matches.Count == 0)
            {
                return;
            }
        }

        var table = new Table { Title = new TableTitle(q.Name) };
        table.AddColumns("alert", "score", "list", "reference", "type", "name", "matched name", "regime", "why");
        foreach (ScreeningMatch m in matches)
        {
            table.AddRow(
                m.Alert ? (m.CommonName ? "[red bold]ALERT[/] (common name)" : "[red bold]ALERT[/]") : "",
                m.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(m.List?.Document.Publisher ?? ""),
                Markup.Escape(m.Party.Reference),
                ScreeningReports.TypeName(m.Party.Kind),
                Markup.Escape(m.Party.Name),
                Markup.Escape(m.MatchedName.Text),
                Markup.Escape(m.Party.Regime),
                Markup.Escape(m.Explanation));
        }

        console.Write(table);
    }

}
