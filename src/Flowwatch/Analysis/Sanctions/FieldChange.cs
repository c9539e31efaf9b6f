namespace Flowwatch.Analysis.Sanctions;

/// <summary>One field of a listed record that changed between two versions, with its values before and after.</summary>
/// <param name="Field">The field as `sanctions diff` names it: name, aliases, regime, listed_on, reason, dates_of_birth, nationality, passports, addresses, imo_numbers.</param>
/// <param name="Before">Its values in the older version, in list order (one for a single-valued field; none when it was empty).</param>
/// <param name="After">Its values in the newer version.</param>
public sealed record FieldChange(string Field, IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    /// <summary>The values the older version had and the newer one lacks.</summary>
    public IReadOnlyList<string> Removed => Before.Except(After, StringComparer.Ordinal).ToList();

    /// <summary>The values the newer version has and the older one lacked.</summary>
    public IReadOnlyList<string> Added => After.Except(Before, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The change in words: <c>"old" → "new"</c> when the field holds one value on each side, else the values taken
    /// away (−) and added (+); a field whose values only changed order says so.
    /// </summary>
    public string Describe()
    {
        if (Before.Count <= 1 && After.Count <= 1)
        {
            return $"{Field}: {Quote(Before)} → {Quote(After)}";
        }

        IReadOnlyList<string> removed = Removed, added = Added;
        if (removed.Count == 0 && added.Count == 0)
        {
            return $"{Field}: the same values in another order";
        }

        var parts = removed.Select(v => "− " + Quote([v])).Concat(added.Select(v => "+ " + Quote([v])));
        return $"{Field}: {string.Join("; ", parts)}";
    }

    private static string Quote(IReadOnlyList<string> values) => values.Count == 0 || values[0].Length == 0 ? "(empty)" : "\"" + values[0] + "\"";
}
