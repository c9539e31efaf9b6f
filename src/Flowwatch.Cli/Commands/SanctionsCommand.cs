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
        var command = new Command("sanctions", "Sanctions list versions: load a UN consolidated list, list the versions, compare two.");
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Versions());
        command.Subcommands.Add(Diff());
        return command;
    }

    private static Command Load()
    {
        var path = new Argument<string>("FILE") { Description = "The UN Security Council consolidated list (consolidated.xml)." };
        var acceptShrink = new Option<bool>("--accept-shrink") { Description = "Store the file even if it holds far fewer records than the previous version of the same list (as a file cut short does)." };
        var command = new Command("load", "Store a list file as a new version (all or nothing; the same file twice changes nothing).") { path, acceptShrink };
        command.SetAction(parse =>
        {
            string file = parse.GetValue(path)!;
            using ISanctionsStore store = StoreOpener.OpenSanctions(parse.GetValue(CommonOptions.Db));
            SanctionsLoadOutcome outcome = new SanctionsLists(store).Load(file, SourceFile.Load(file), parse.GetValue(acceptShrink));
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
                $"{file}: {(outcome.Stored.Status == IngestStatus.Stored ? "stored" : "unchanged (stored before)")}: list generated {v.Generated:yyyy-MM-dd HH:mm:ss}Z, {v.Entries:N0} records, SHA-256 {v.Document.Sha256}."));
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
            var table = new Table().AddColumns("generated (UTC)", "file", "sha256", "records", "stored (UTC)");
            foreach (SanctionsListVersion v in store.Versions())
            {
                table.AddRow(
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
            SanctionsListVersion? older = Pick(lists, versions, parse.GetValue(from), versions.Count >= 2 ? versions[^2] : null, "--from");
            SanctionsListVersion? newer = Pick(lists, versions, parse.GetValue(to), versions.Count >= 1 ? versions[^1] : null, "--to");
            if (older is null || newer is null)
            {
                if (versions.Count < 2 && parse.GetValue(from) is null)
                {
                    Terminal.Fail($"{store.Location} holds {versions.Count} list version(s); load another with `flowwatch sanctions load FILE` to compare.");
                }

                return ExitCodes.BadInput;
            }

            SanctionsDiff diff = lists.Diff(older, newer);
            string? only = parse.GetValue(regime);
            bool Keep(DesignatedParty p) => only is null || string.Equals(p.Regime, only, StringComparison.OrdinalIgnoreCase);
            TextWriter o = Terminal.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"From {older.Generated:yyyy-MM-dd} ({older.Document.Sha256[..12]}…) to {newer.Generated:yyyy-MM-dd} ({newer.Document.Sha256[..12]}…)"));
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
