using System.Globalization;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

/// <summary>The demo's sanctions part: loads the bundled UN list as a version and screens a few names.</summary>
internal static class SanctionsDemo
{
    public static void Write(IAnsiConsole console, string? db)
    {
        using ISanctionsStore store = StoreOpener.OpenSanctions(db);
        var lists = new SanctionsLists(store);
        SanctionsLoadOutcome loaded = lists.LoadBundled();
        var screening = new ScreeningService(lists.Current());
        SanctionsList list = screening.Lists.First(l => l.Document.Sha256 == loaded.Stored!.Version.Document.Sha256);
        console.WriteLine();
        console.MarkupLine("[bold]Designated names: the UN Security Council consolidated list[/]");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(loaded.Stored?.Status == IngestStatus.Stored ? "Loaded" : "Already stored:")} the list generated {list.Generated:yyyy-MM-dd} (data/un-sanctions, SHA-256 {list.Document.Sha256[..12]}…): {list.Parties.Count:N0} records, of them {list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Person)} individuals and {list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Entity)} entities under the 1718 (DPRK) regime."));
        foreach (string name in new[] { "Lee Je-son", "Park Do-chun", "Пак То Чхун", "Korea Yonbong General Corp.", "Kim Jong Un" })
        {
            IReadOnlyList<ScreeningMatch> m = screening.Screen(new ScreeningQuery(name), 1);
            string result = m.Count > 0 && m[0].Alert
                ? string.Create(CultureInfo.InvariantCulture, $"ALERT {m[0].Party.Reference} {m[0].Party.Name} (score {m[0].Score:0.00})")
                : screening.Lists.Count == 1 ? "no alert (not on the UN list)" : "no alert (on none of the stored lists)";
            console.MarkupLine($"  flowwatch screen {Markup.Escape("\"" + name + "\""),-32} {Markup.Escape(result)}");
        }
    }
}
