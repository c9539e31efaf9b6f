using System.CommandLine;
using System.Globalization;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class SanctionsCommand
{
    public static Command Create()
    {
        var command = new Command("sanctions", "Sanctions lists and their versions: load a list file (UN, OFAC SDN, EU, FollowTheMoney), list the versions, compare two of one list.");
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Versions());
        command.Subcommands.Add(Diff());
        return command;
    }

    private static Command Load()
    {
        var path = new Argument<string>("FILE") { Description = "A list file: the UN consolidated list (consolidated.xml), OFAC's SDN list (sdn.xml), the EU financial sanctions file (XML) or FollowTheMoney entities (JSON lines)." };
        var acceptShrink = new Option<bool>("--accept-shrink") { Description = "Store the file even if it holds far fewer records than the previous version of the same list (as a file cut short does)." };
        var command = new Command("load", "Store a list file as a new version (all or nothing; the same file twice changes nothing).") { path, acceptShrink };
        command.SetAction(parse =>
        {
            string file = parse.GetValue(path)!;
            using ISanctionsStore store = StoreOpener.OpenSanctions(parse.GetValue(CommonOptions.Db));
            SanctionsLoadOutcome outcome = new SanctionsLists(store).Load(file, parse.GetValue(acceptShrink));
            foreach (Diagnostic d in outcome.Diagnostics)
            {
                Terminal.Error.WriteLine((d.Severity == DiagnosticSeverity.Error ? "error: " : "warning: ") + d);
            }

            if (outcome.Stored is null)
            {
                return ExitCodes.BadInput;
            }

            SanctionsListVersion v = outcome.Stored.Version;
            Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {(outcome.Stored.Status == IngestStatus.Stored ? "stored" : "unchanged (stored before)")}: {SanctionsList.ListNameOf(v.Document)}, version generated {v.Generated:yyyy-MM-dd HH:mm:ss}Z, {v.Entries:N0} records, SHA-256 {v.Document.Sha256}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Versions()
    {
        var command = new Command("versions", "The stored list versions, oldest first.");
        command.SetAction(parse =>
        {
            using ISanctionsStore store = StoreOpener.OpenSanctions(parse.GetValue(CommonOptions.Db));
            var table = new Table().AddColumns("list", "generated (UTC)", "file", "sha256", "records", "stored (UTC)");
            foreach (SanctionsListVersion v in store.Versions())
            {
                table.AddRow(
                    Markup.Escape(SanctionsList.ListNameOf(v.Document)),
                    v.Generated.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(v.Document.FileName),
                    v.Document.Sha256[..16] + "…",
                    v.Entries.ToString("N0", CultureInfo.InvariantCulture),
                    v.IngestedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            }

            Terminal.Console().Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff()
    {
        var from = new Option<string?>("--from") { Description = "The older version: a SHA-256 prefix or file name (default: the second newest)." };
        var to = new Option<string?>("--to") { Description = "The newer version (default: the newest)." };
        var regime = new Option<string?>("--regime") { Description = "Only this regime (DPRK for the 1718 Committee)." };
        var command = new Command("diff", "What was added, removed or amended between two list versions.") { from, to, regime };
        command.SetAction(parse =>
        {
            using ISanctionsStore store = StoreOpener.OpenSanctions(parse.GetValue(CommonOptions.Db));
            var lists = new SanctionsLists(store);
            IReadOnlyList<SanctionsListVersion> versions = lists.Versions();
            SanctionsListVersion? newer = Pick(lists, versions, parse.GetValue(to), versions.Count >= 1 ? versions[^1] : null, "--to");
            SanctionsListVersion? older = newer is null ? null : Pick(lists, versions, parse.GetValue(from), lists.Previous(newer), "--from");
            if (older is null || newer is null)
            {
                if (newer is not null && parse.GetValue(from) is null)
                {
                    Terminal.Fail($"{store.Location} holds one version of {SanctionsList.ListNameOf(newer.Document)}; load another version of that list with `flowwatch sanctions load FILE` to compare.");
                }
                else if (versions.Count == 0)
                {
                    Terminal.Fail($"{store.Location} holds no list version; load one with `flowwatch sanctions load FILE`.");
                }

                return ExitCodes.BadInput;
            }

            if (SanctionsList.ListNameOf(older.Document) != SanctionsList.ListNameOf(newer.Document))
            {
                Terminal.Fail($"--from {older.Document.FileName} is a version of {SanctionsList.ListNameOf(older.Document)}, --to {newer.Document.FileName} of {SanctionsList.ListNameOf(newer.Document)}; only two versions of one list compare.");
                return ExitCodes.BadInput;
            }

            SanctionsDiff diff = lists.Diff(older, newer);
            string? only = parse.GetValue(regime);
            bool Keep(DesignatedParty p) => only is null || string.Equals(p.Regime, only, StringComparison.OrdinalIgnoreCase);
            TextWriter o = Terminal.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SanctionsList.ListNameOf(newer.Document)}: from {older.Generated:yyyy-MM-dd} ({older.Document.Sha256[..12]}…) to {newer.Generated:yyyy-MM-dd} ({newer.Document.Sha256[..12]}…)"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Added: {diff.Added.Count(Keep)}, removed: {diff.Removed.Count(Keep)}, amended: {diff.Amended.Count(a => Keep(a.After))}"));
            foreach (DesignatedParty p in diff.Added.Where(Keep))
            {
                o.WriteLine($"+ {p.Reference}  {p.Name}  [{p.Regime}]");
            }

            foreach (DesignatedParty p in diff.Removed.Where(Keep))
            {
                o.WriteLine($"- {p.Reference}  {p.Name}  [{p.Regime}]");
            }

            foreach (Amendment a in diff.Amended.Where(a => Keep(a.After)))
            {
                o.WriteLine($"~ {a.After.Reference}  {a.After.Name}  [{a.After.Regime}]: {string.Join(", ", a.Changes.Select(c => c.Field))}");
                foreach (FieldChange change in a.Changes)
                {
                    o.WriteLine("    " + FieldChangeText.Describe(change));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static SanctionsListVersion? Pick(SanctionsLists lists, IReadOnlyList<SanctionsListVersion> versions, string? name, SanctionsListVersion? fallback, string option)
    {
        if (name is null)
        {
            return fallback;
        }

        SanctionsListVersion? v = lists.Find(name);
        if (v is null)
        {
            Terminal.Fail($"{option} '{name}': no single stored list version has that SHA-256 prefix or file name ({versions.Count} stored; see `flowwatch sanctions versions`).");
        }

        return v;
    }
}
