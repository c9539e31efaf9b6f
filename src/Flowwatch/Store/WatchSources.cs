namespace Flowwatch.Store;

/// <summary>The list of files a scan read, as one text column: SHA-256s in ordinal order, one a line.</summary>
internal static class WatchSources
{
    public static string Join(IEnumerable<string> sha256s) => string.Join('\n', sha256s.Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Split(string text) => text.Length == 0 ? [] : text.Split('\n');
}
