using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;

namespace Flowwatch.Application;

/// <summary>
/// A streamed file as the store takes it (<see cref="IFigureSource"/>): its batches pass through as they are read, and
/// whether it is synthetic is settled on the way (marked, or citing a synthetic citation); once read, it is accepted
/// only when the reader found no error.
/// </summary>
internal sealed class StreamedFigures : IFigureSource
{
    private readonly FigureStream _read;
    private readonly CitationCatalog _catalog;
    private readonly string? _citationList;
    private readonly HashSet<IReadOnlyList<Citation>> _checked = new(ReferenceEqualityComparer.Instance);
    private bool _synthetic;

    /// <param name="read">The file being read.</param>
    /// <param name="catalog">The citation list beside it.</param>
    /// <param name="marked">Whether it is synthetic before any figure is read (asked to be, or marked).</param>
    /// <param name="citationList">The hash of the citation list it was read with, if any.</param>
    public StreamedFigures(FigureStream read, CitationCatalog catalog, bool marked, string? citationList)
    {
        _read = read;
        _catalog = catalog;
        _synthetic = marked;
        _citationList = citationList;
    }

    /// <inheritdoc/>
    public SourceDocument Document => _read.Document with { Synthetic = _synthetic, CitationList = _citationList };

    /// <inheritdoc/>
    public IEnumerable<IReadOnlyList<Observation>> Batches
    {
        get
        {
            foreach (IReadOnlyList<Observation> batch in _read.Batches)
            {
                // Citation lists are shared by reference across a file's figures: each is looked at once.
                for (int i = 0; i < batch.Count && !_synthetic; i++)
                {
                    IReadOnlyList<Citation> citations = batch[i].Provenance.Citations;
                    _synthetic = _checked.Add(citations) && citations.Any(c => _catalog.IsSynthetic(c.Id));
                }

                yield return batch;
            }
        }
    }

    /// <inheritdoc/>
    public SourceDocument? Accepted => _read.HasErrors ? null : Document;

    /// <summary>
    /// The reader's problems and the figures the store found stated twice, as the whole-file read words them, in the
    /// order of their lines, capped as a reader caps them.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyList<DuplicateFigure> duplicates)
    {
        if (duplicates.Count == 0)
        {
            return _read.Diagnostics;
        }

        string file = _read.Document.FileName;
        IEnumerable<Diagnostic> twice = duplicates.Select(d => new Diagnostic(DiagnosticSeverity.Error, SourceMessages.DuplicateCode, file, d.Again.ToString(),
            SourceMessages.Duplicate(d.Key.ToString(), d.Period.ToString(), d.First.ToString())));
        var all = _read.Diagnostics.Where(d => d.Code != SourceMessages.TooManyCode).Concat(twice)
            .OrderBy(d => SourceLocator.Parse(d.Location).Line)
            .ToList();
        const int Cap = 200;
        return all.Count <= Cap
            ? all
            : [.. all.Take(Cap), new Diagnostic(DiagnosticSeverity.Error, SourceMessages.TooManyCode, file, "", SourceMessages.TooMany(Cap))];
    }
}
