using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>
/// Picks the reader for a file from its name and first bytes: the Flowwatch tidy CSV, Eurostat
/// <c>migr_resfirst</c> as SDMX-CSV or TSV, and the FSB entries table as XLSX or CSV (docs/formats.md).
/// A <c>sources.csv</c> citation list is not a figure file: tell it with <see cref="CitationCatalog.IsCatalog"/> first.
/// </summary>
public static class SourceFormats
{
    /// <summary>Every reader, in the order they are asked: the formats with the most specific header first.</summary>
    /// <param name="catalog">The citation list beside the files, for formats that cite by id.</param>
    public static IReadOnlyList<IObservationReader> Readers(CitationCatalog catalog) =>
    [
        new TidyCsvReader(catalog),
        new EurostatSdmxCsvReader(),
        new EurostatTsvReader(),
        new EurostatLabelCodeCsvReader(),
        new EurostatJsonStatReader(),
        new MvdMigrationReader(),
        new RosstatTripsReader(),
        new FsbTableXlsxReader(),
        new FsbTableCsvReader(),
    ];

    /// <summary>The reader that recognises the file, or null when none does.</summary>
    /// <param name="file">The file.</param>
    /// <param name="catalog">The citation list beside it, for formats that cite by id.</param>
    public static IObservationReader? ReaderFor(SourceFile file, CitationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Readers(catalog).FirstOrDefault(r => r.CanRead(file));
    }

    /// <summary>Reads a file with the reader that recognises it; a file no reader knows gives one error, <see cref="SourceMessages.UnknownFormatCode"/>.</summary>
    public static ReadResult Read(SourceFile file, CitationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(file);
        IObservationReader? reader = ReaderFor(file, catalog);
        return reader is not null
            ? reader.Read(file)
            : new ReadResult(new SourceDocument(file.Sha256, file.Name, "", "", null), [], [UnknownFormat(file)]);
    }

    /// <summary>The error for a file that no reader recognises: it names the file and the formats Flowwatch reads.</summary>
    public static Diagnostic UnknownFormat(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string message = file.Bytes.Length == 0 ? SourceMessages.Empty : SourceMessages.UnknownFormat(file.Name);
        return new Diagnostic(DiagnosticSeverity.Error, file.Bytes.Length == 0 ? SourceMessages.EmptyCode : SourceMessages.UnknownFormatCode, file.Name, "", message);
    }
}
