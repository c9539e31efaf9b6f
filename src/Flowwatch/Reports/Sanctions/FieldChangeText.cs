using Flowwatch.Analysis.Sanctions;

namespace Flowwatch.Reports.Sanctions;

/// <summary>A changed field of a listed record in words, as `sanctions diff` prints it and list alerts carry it.</summary>
public static class FieldChangeText
{
    /// <summary>
    /// The change in words: <c>"old" → "new"</c> when the field holds one value on each side, else the values taken
    /// away (−) and added (+); a field whose values only changed order says so.
    /// </summary>
    public static string Describe(FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Before.Count <= 1 && change.After.Count <= 1)
        {
            return $"{change.Field}: {Quote(change.Before)} → {Quote(change.After)}";
        }

        IReadOnlyList<string> removed = change.Removed, added = change.Added;
        if (removed.Count == 0 && added.Count == 0)
        {
            return $"{change.Field}: the same values in another order";
        }

        var parts = removed.Select(v => "− " + Quote([v])).Concat(added.Select(v => "+ " + Quote([v])));
        return $"{change.Field}: {string.Join("; ", parts)}";
    }

    private static string Quote(IReadOnlyList<string> values) => values.Count == 0 || values[0].Length == 0 ? "(empty)" : "\"" + values[0] + "\"";
}
