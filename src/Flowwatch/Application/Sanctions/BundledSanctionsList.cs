using Flowwatch.Sources;

namespace Flowwatch.Application.Sanctions;

/// <summary>The UN Security Council Consolidated List that ships with Flowwatch (data/un-sanctions, 2024-09-26).</summary>
public static class BundledSanctionsList
{
    /// <summary>The bundled file's name.</summary>
    public const string FileName = "consolidated-2024-09-26.xml";

    /// <summary>The bundled list file, read from the library's embedded resources.</summary>
    public static SourceFile File()
    {
        string resource = "bundled/un-sanctions/" + FileName;
        using Stream stream = typeof(BundledSanctionsList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new SourceFile(FileName, buffer.ToArray());
    }
}
