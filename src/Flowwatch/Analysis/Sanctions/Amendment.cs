using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>A record that changed between two versions.</summary>
/// <param name="Before">The record in the older version.</param>
/// <param name="After">The record in the newer version.</param>
/// <param name="Changes">Each field that changed, with its values before and after.</param>
public sealed record Amendment(DesignatedParty Before, DesignatedParty After, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>The names of the fields that changed: name, aliases, listed_on, reason, dates_of_birth, nationality, passports, addresses, imo_numbers.</summary>
    public IReadOnlyList<string> Fields => Changes.Select(c => c.Field).ToList();
}
