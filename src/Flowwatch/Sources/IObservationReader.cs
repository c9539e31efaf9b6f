namespace Flowwatch.Sources;

/// <summary>
/// Turns a file in one published format into observations with provenance. Readers know the model and
/// nothing else: no store, no console. They never throw for bad content; they report it.
/// </summary>
public interface IObservationReader
{
    /// <summary>The format's name, recorded in provenance (<c>tidy-csv</c>).</summary>
    string Format { get; }

    /// <summary>Whether this reader recognises the file, from its name and first bytes.</summary>
    bool CanRead(SourceFile file);

    /// <summary>Reads the whole file, gathering every problem.</summary>
    ReadResult Read(SourceFile file);
}
