using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// An engine's bulk load of one file's figures into <c>observations</c>, inside the file's transaction: batches
/// in, then the figures the file states twice (the same series and period), which refuse the file.
/// </summary>
public abstract class FigureLoad : IDisposable
{
    /// <summary>At most this many figures stated twice are named; the rest are counted.</summary>
    public const int MaxDuplicatesNamed = 200;

    /// <summary>Writes a batch of figures (the rows are the caller's to reuse once this returns).</summary>
    public abstract void Write(ReadOnlySpan<FigureRow> rows);

    /// <summary>
    /// Ends the load: every figure is written, or a figure stated twice was not. Returns those, each with the
    /// series id, the period and the locators of both statements (the first kept), at most
    /// <see cref="MaxDuplicatesNamed"/> of them.
    /// </summary>
    public abstract IReadOnlyList<(long SeriesId, Period Period, string First, string Again)> Complete();

    /// <summary>Releases the engine's statements.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the engine's statements.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
