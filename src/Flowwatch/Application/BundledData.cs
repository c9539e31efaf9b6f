using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Application;

/// <summary>
/// The real figures that ship with Flowwatch (data/dprk-russia: DPRK citizens and Russia, each figure
/// with the reports that printed it), read from the library's embedded resources.
/// </summary>
public static class BundledData
{
    /// <summary>The citation list of the bundled figures.</summary>
    public static SourceFile Citations => Load("bundled/dprk-russia/sources.csv", "sources.csv");

    /// <summary>The bundled figures, as a Flowwatch tidy CSV.</summary>
    public static SourceFile Observations => Load("bundled/dprk-russia/observations.csv", "observations.csv");

    /// <summary>Reads the bundled figures with their citations.</summary>
    public static ReadResult Read()
    {
        (CitationCatalog catalog, IReadOnlyList<Diagnostic> problems) = CitationCatalog.Read(Citations);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bundled citation list is broken: " + string.Join("; ", problems));
        }

        ReadResult result = new TidyCsvReader(catalog).Read(Observations);
        return result with { Document = result.Document with { CitationList = catalog.Sha256 } };
    }

    private static SourceFile Load(string resource, string name)
    {
        using Stream stream = typeof(BundledData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new SourceFile(name, buffer.ToArray());
    }
}
