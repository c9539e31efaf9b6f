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
        string.Create(CultureInfo.InvariantCulture, $"{path}: the store has schema version {found} and this Flowwatch reads version {known}; a read-only reader cannot upgrade it: run `flowwatch sources --db {path}` once to upgrade it.");
}
