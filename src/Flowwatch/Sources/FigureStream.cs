using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>
/// A file being read in bounded batches (<see cref="IStreamingObservationReader"/>): the whole-file checks are made when
/// it opens, then its figures come batch by batch and its problems gather as they are met, so that neither the file nor
/// its figures are ever held whole. The file's errors are known only once every batch is read: the caller writes the
/// batches inside one transaction and keeps none of them when <see cref="HasErrors"/> is then true.
/// </summary>
public abstract class FigureStream : IDisposable
{
    /// <summary>The file: before the batches are read, as known from its header; after, as read whole (its publishers).</summary>
    public abstract SourceDocument Document { get; }

    /// <summary>
    /// The figures, in file order, in batches of a bounded size; read once. A batch is the caller's until the next is
    /// asked for (the list is then reused). Figures of rows with errors are left out; the rest keep coming, so that a
    /// figure stated twice is found among them as well.
    /// </summary>
    public abstract IEnumerable<IReadOnlyList<Observation>> Batches { get; }

    /// <summary>The problems found so far: every one, up to the reader's cap, once <see cref="Batches"/> is read to its end.</summary>
    public abstract IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any problem found so far refuses the file.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the file.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
