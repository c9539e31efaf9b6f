using System.Globalization;

namespace Flowwatch.Store;

/// <summary>The store's messages, in one place.</summary>
internal static class StoreMessages
{
    public static string NewerSchema(string path, int found, int known) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}: the database has schema version {found}, this Flowwatch knows up to {known}; use a newer Flowwatch or another --db.");

    public static string CannotOpen(string path, string reason) =>
        $"{path}: cannot open the database ({reason}).";
}
