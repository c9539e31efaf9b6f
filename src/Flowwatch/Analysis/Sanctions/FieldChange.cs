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
}
