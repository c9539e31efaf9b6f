namespace Flowwatch.Model.Sanctions;

/// <summary>One version of a sanctions list: the file it came from, when it was generated, and its records.</summary>
/// <param name="Document">The file: SHA-256, name, format, publisher, release date (the date generated).</param>
/// <param name="Generated">The list's <c>dateGenerated</c>.</param>
/// <param name="Parties">The records in file order.</param>
public sealed record SanctionsList(SourceDocument Document, DateTimeOffset Generated, IReadOnlyList<DesignatedParty> Parties)
{
    /// <summary>The publisher of the UN Security Council Consolidated List.</summary>
    public const string UnPublisher = "UN Security Council";

    /// <summary>The publisher of OFAC's Specially Designated Nationals list.</summary>
    public const string OfacPublisher = "US Treasury OFAC";

    /// <summary>The publisher of the EU's consolidated financial sanctions list.</summary>
    public const string EuPublisher = "European Commission";

    /// <summary>
    /// The list this version belongs to, by publisher and format: two versions of one list are compared, a version of
    /// another list is never taken for "the next version" of this one.
    /// </summary>
    public string ListName => ListNameOf(Document);

    /// <summary>The list a stored file belongs to: its publisher and its format.</summary>
    public static string ListNameOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Publisher + " (" + document.Format + ")";
    }

    /// <summary>The record with this reference number, or null.</summary>
    public DesignatedParty? Find(string reference) =>
        Parties.FirstOrDefault(p => string.Equals(p.Reference, reference, StringComparison.OrdinalIgnoreCase));
}
