namespace Flowwatch.Model;

/// <summary>
/// A file's figures as the store takes them: the file, then its figures in batches as a reader reads them, so that
/// a large file never sits in memory whole, then whether the read found the file good. A reader that finds an
/// error late in a file refuses it whole: the store has written the batches inside the file's transaction and
/// keeps none of them.
/// </summary>
public interface IFigureSource
{
    /// <summary>The file as known before its figures are read (hash, name, format, release date, synthetic, citation list).</summary>
    SourceDocument Document { get; }

    /// <summary>The figures, in file order, in batches; read once.</summary>
    IEnumerable<IReadOnlyList<Observation>> Batches { get; }

    /// <summary>
    /// Once every batch is read: the file as read whole (its publisher is known only then, and whether it is
    /// synthetic may be), or null when the read found an error, so that nothing of the file is kept.
    /// </summary>
    SourceDocument? Accepted { get; }
}
