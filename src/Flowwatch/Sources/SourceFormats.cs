using Flowwatch.Model;
using Flowwatch.Sources.Eurostat;
using Flowwatch.Sources.Fsb;
using Flowwatch.Sources.Mvd;
using Flowwatch.Sources.Rosstat;
using Flowwatch.Sources.TidyCsv;

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

        // Flowwatch's own dataflow before Eurostat's readers, which would take its SDMX-CSV and JSON-stat for theirs.
        TidyCsvReader.ForSdmxCsv(),
        new FlowwatchJsonStatReader(),
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
        // A file kept on disk is judged by its head: it is not read whole only to be refused (nor past SourceFile.MaxBytes).
        ReadOnlySpan<byte> bytes = file.InMemory ? file.Bytes : file.Head.Span;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Say what is wrong where it can be told: nothing but blanks, or text in UTF-16 (which the tidy and
        // Eurostat formats are never written in, and which no header check made in UTF-8 recognises).
        if (file.InMemory && bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return new Diagnostic(DiagnosticSeverity.Error, SourceMessages.EmptyCode, file.Name, "", SourceMessages.Empty);
        }

        if (LooksUtf16(bytes))
        {
            return new Diagnostic(DiagnosticSeverity.Error, SourceMessages.EncodingCode, file.Name, "", SourceMessages.Utf16);
        }

        return new Diagnostic(DiagnosticSeverity.Error, SourceMessages.UnknownFormatCode, file.Name, "", SourceMessages.UnknownFormat(file.Name));
    }

    // A byte-order mark, or ASCII text with a zero byte beside every character in the first line.
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        int n = Math.Min(bytes.Length, 200) & ~1;
        int zeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            zeros += (bytes[i] == 0) != (bytes[i + 1] == 0) ? 1 : 0;
        }

        return n >= 8 && zeros * 10 >= n / 2 * 9;
    }
}
