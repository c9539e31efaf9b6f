using System.Globalization;

namespace Flowwatch.Store;

/// <summary>The store's messages, in one place.</summary>
internal static class StoreMessages
{
    public static string NewerSchema(string path, int found, int known) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}: the database has schema version {found}, this Flowwatch knows up to {known}; use a newer Flowwatch or another --db.");

    public static string CannotOpen(string path, string reason) =>
        $"{path}: cannot open the database ({reason}).";

    public static string Missing(string path) =>
        $"{path}: there is no Flowwatch store here yet; load figures first with `flowwatch demo` (the bundled figures) or `flowwatch ingest FILE...`, or name another with --db.";

    public static string OlderSchema(string path, int found, int known) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}: the store has schema version {found} and this Flowwatch reads version {known}; a reader does not upgrade it: a command that writes to it (`flowwatch ingest FILE... --db {path}`, `flowwatch sanctions load`) upgrades it first.");
}
