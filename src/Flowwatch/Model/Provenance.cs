namespace Flowwatch.Model;

/// <summary>Where a figure comes from: the file (hash, name, publisher), the place in it, and the reports that state it.</summary>
/// <param name="Document">The file read.</param>
/// <param name="Locator">The cell or line in it.</param>
/// <param name="Citations">The published reports that state the figure; empty where the file is itself the publication.</param>
public readonly record struct Provenance(SourceDocument Document, SourceLocator Locator, IReadOnlyList<Citation> Citations)
{
    /// <summary>The URLs of the citations, or none.</summary>
    public IEnumerable<string> Urls => Citations.Select(c => c.Url).Where(u => u.Length > 0);
}
