namespace Flowwatch.Model;

/// <summary>
/// What the store keeps of one file: the file and the figures it states. A reader's result becomes this only
/// once it has no errors (<c>ReadResult.Accepted</c>), so the store never sees a rejected file nor a reader's
/// diagnostics.
/// </summary>
/// <param name="Document">The file.</param>
/// <param name="Observations">The figures, in file order.</param>
public sealed record SourceFigures(SourceDocument Document, IReadOnlyList<Observation> Observations) : IFigureSource
{
    /// <inheritdoc/>
    IEnumerable<IReadOnlyList<Observation>> IFigureSource.Batches => [Observations];

    /// <inheritdoc/>
    SourceDocument? IFigureSource.Accepted => Document;
}
