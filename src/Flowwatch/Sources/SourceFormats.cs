namespace Flowwatch.Sources;

/// <summary>Picks the reader for a file from its name and first bytes.</summary>
public static class SourceFormats
{
    /// <summary>The reader that recognises the file, or null when none does.</summary>
    /// <param name="file">The file.</param>
    /// <param name="catalog">The citation list beside it, for formats that cite by id.</param>
    public static IObservationReader? ReaderFor(SourceFile file, CitationCatalog catalog)
    {
        IObservationReader[] readers = [new TidyCsvReader(catalog)];
        return readers.FirstOrDefault(r => r.CanRead(file));
    }
}
