using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>What changed between two versions of a list: records added, removed, and amended (with the fields that changed).</summary>
/// <param name="Older">The earlier version.</param>
/// <param name="Newer">The later version.</param>
/// <param name="Added">Records only in the newer version.</param>
/// <param name="Removed">Records only in the older version.</param>
/// <param name="Amended">Records in both whose content differs.</param>
public sealed record SanctionsDiff(SanctionsList Older, SanctionsList Newer, IReadOnlyList<DesignatedParty> Added, IReadOnlyList<DesignatedParty> Removed, IReadOnlyList<Amendment> Amended)
{
    /// <summary>Compares two versions record by record (by reference number).</summary>
    public static SanctionsDiff Compare(SanctionsList older, SanctionsList newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Parties.ToDictionary(p => p.Reference, StringComparer.Ordinal);
        var after = newer.Parties.ToDictionary(p => p.Reference, StringComparer.Ordinal);
        var added = newer.Parties.Where(p => !before.ContainsKey(p.Reference)).ToList();
        var removed = older.Parties.Where(p => !after.ContainsKey(p.Reference)).ToList();
        var amended = new List<Amendment>();
        foreach (DesignatedParty now in newer.Parties)
        {
            if (before.TryGetValue(now.Reference, out DesignatedParty? then))
            {
                IReadOnlyList<FieldChange> changes = FieldChanges(then, now);
                if (changes.Count > 0)
                {
                    amended.Add(new Amendment(then, now, changes));
                }
            }
        }

        return new SanctionsDiff(older, newer, added, removed, amended);
    }

    /// <summary>The fields (by their list names) whose content differs.</summary>
    public static IReadOnlyList<string> ChangedFields(DesignatedParty a, DesignatedParty b) => FieldChanges(a, b).Select(c => c.Field).ToList();

    /// <summary>The fields whose content differs, each with its values in <paramref name="a"/> and in <paramref name="b"/>.</summary>
    public static IReadOnlyList<FieldChange> FieldChanges(DesignatedParty a, DesignatedParty b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var fields = new List<FieldChange>();
        if (!a.NameParts.SequenceEqual(b.NameParts, StringComparer.Ordinal))
        {
            // The name is compared part by part (FIRST_NAME ... FOURTH_NAME) but shown whole: one value before, one after.
            fields.Add(new FieldChange("name", [string.Join(' ', a.NameParts)], [string.Join(' ', b.NameParts)]));
        }

        Check("aliases", a.Names.Skip(1).Select(Alias), b.Names.Skip(1).Select(Alias));
        Check("regime", [a.Regime], [b.Regime]);
        Check("listed_on", [a.ListedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""], [b.ListedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        Check("reason", [a.Reason], [b.Reason]);
        Check("dates_of_birth", a.BirthDates.Select(d => d.ToString()), b.BirthDates.Select(d => d.ToString()));
        Check("nationality", a.Nationalities, b.Nationalities);
        Check("passports", a.Passports, b.Passports);
        Check("addresses", a.Addresses, b.Addresses);
        Check("imo_numbers", a.ImoNumbers, b.ImoNumbers);
        return fields;

        // An alias with its quality, as the list grades it: a change of grade is a change.
        static string Alias(ListedName n) => $"{n.Text} ({n.Quality})";

        void Check(string name, IEnumerable<string> x, IEnumerable<string> y)
        {
            List<string> before = x.ToList(), after = y.ToList();
            if (!before.SequenceEqual(after, StringComparer.Ordinal))
            {
                fields.Add(new FieldChange(name, before, after));
            }
        }
    }
}
