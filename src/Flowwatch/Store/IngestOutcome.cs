using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>What ingesting one file did to the store.</summary>
/// <param name="Document">The file.</param>
/// <param name="Status">Stored, or unchanged because its hash was known.</param>
/// <param name="Added">Figures for a series and period the store did not have.</param>
/// <param name="Confirmed">Figures equal to the ones the store had from earlier files.</param>
/// <param name="Revisions">Figures that supersede a different earlier figure (both stay queryable).</param>
public sealed record IngestOutcome(SourceDocument Document, IngestStatus Status, int Added, int Confirmed, IReadOnlyList<Revision> Revisions)
{
    /// <summary>All figures the file held.</summary>
    public int Rows => Added + Confirmed + Revisions.Count;

    /// <summary>
    /// When the file was <see cref="IngestStatus.Refused"/> for it: the figures it states twice (the same series and
    /// period), each with where it first stood and where again, at most <see cref="FigureLoad.MaxDuplicatesNamed"/>.
    /// </summary>
    public IReadOnlyList<DuplicateFigure> Duplicates { get; init; } = [];
}
