using Flowwatch.Model;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// What the workbook readers (MVD release, Rosstat trips) share: a file is theirs when one of its sheets holds their
/// table, and a workbook that does not open is refused in one line before any sheet is read. The workbook is parsed
/// once for both questions (<see cref="WorkbookCache"/>).
/// </summary>
public abstract class WorkbookObservationReader : IObservationReader
{
    /// <summary>The parsed workbooks, shared between telling the format and reading the file.</summary>
    private protected WorkbookCache Cache { get; } = WorkbookCache.Shared;

    /// <inheritdoc/>
    public abstract string Format { get; }

    /// <summary>Who publishes the workbook, as the figures' provenance names it.</summary>
    protected abstract string PublisherName { get; }

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return WorkbookCache.HasWorkbookName(file)
            && Cache.TryGet(file, out List<WorkbookSheet> sheets, out _)
            && sheets.Any(HoldsTable);
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, PublisherName, null);
        if (!Cache.TryGet(file, out List<WorkbookSheet> sheets, out string problem))
        {
            sink.Error(SourceMessages.CorruptCode, "", SourceMessages.NotAWorkbook(problem));
            return new ReadResult(document, [], sink.Items);
        }

        // Damage the parser passed over (two cells at one position, a cell pointing nowhere) refuses the file, whichever sheet it is on.
        foreach (WorkbookSheet sheet in sheets)
        {
            foreach ((string where, string message) in sheet.Damage)
            {
                sink.Error(SourceMessages.CorruptCode, where, message);
            }
        }

        // A workbook that says when it was updated («Обновлено: 11.05.2023») is dated by it.
        if (WorkbookReleaseDate.Find(sheets) is { } stated)
        {
            document = document with { ReleaseDate = stated, DateBasis = ReleaseDateBasis.File };
        }

        return Read(file, sheets, document, sink);
    }

    /// <summary>Whether the sheet holds a table this reader reads.</summary>
    /// <param name="sheet">A sheet of the workbook.</param>
    private protected abstract bool HoldsTable(WorkbookSheet sheet);

    /// <summary>Reads the opened workbook's sheets.</summary>
    /// <param name="file">The file.</param>
    /// <param name="sheets">Its sheets.</param>
    /// <param name="document">The file as the figures' provenance names it.</param>
    /// <param name="sink">Where problems go.</param>
    private protected abstract ReadResult Read(SourceFile file, List<WorkbookSheet> sheets, SourceDocument document, DiagnosticSink sink);
}
