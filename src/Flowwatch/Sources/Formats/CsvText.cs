using nietras.SeparatedValues;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// The one way into every comma-, semicolon- or tab-separated text Flowwatch reads, figures or not (the tidy CSV,
/// Eurostat's CSV layouts, the FSB table, citation lists, rules, events, capacities, names to screen): the text is
/// checked whole by <see cref="TextShape"/> before Sep parses it, so that a line or row longer than
/// <see cref="TextShape.MaxLineLength"/>, a stray quote or a file cut short is one error naming its line, never Sep's
/// exception at 16 Mi characters a row, and never rows merged by a quote left open.
/// </summary>
internal static class CsvText
{
    /// <summary>Decodes the file as strict UTF-8 (<see cref="TextChecks"/>), checks its shape and opens it.</summary>
    /// <param name="file">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="layout">The separator, whether the first row is a header and where quoted fields may span lines.</param>
    /// <param name="reader">The open reader; null when a problem was reported.</param>
    /// <returns>Whether the rows may be read.</returns>
    public static bool TryOpen(SourceFile file, DiagnosticSink sink, CsvLayout layout, out SepReader? reader)
    {
        reader = null;
        return TextChecks.TryDecode(file, sink, out string text) && TryOpen(text, sink, layout, out reader);
    }

    /// <summary>
    /// <see cref="TryOpen(SourceFile, DiagnosticSink, CsvLayout, out SepReader?)"/> for a file read as a stream: the same
    /// checks over the file chunk by chunk, then Sep over the file again, hashed as it is read (<paramref name="bytes"/>:
    /// ask it at the end whether the file was the one hashed). Memory stays bounded by a row, not the file.
    /// </summary>
    public static bool TryOpenStreamed(SourceFile file, DiagnosticSink sink, CsvLayout layout, out SepReader? reader, out HashedStream? bytes)
    {
        reader = null;
        bytes = null;
        var shapeSink = new DiagnosticSink(sink.FileName);
        if (!TextChecks.TryScan(file, sink, new TextShape.Scan(shapeSink, quotes: true, layout.MultiLineFieldsUpTo), shapeSink))
        {
            return false;
        }

        bytes = new HashedStream(file.OpenRead());
        var text = new StreamReader(bytes, TextChecks.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        try
        {
            reader = Options(layout).From(text);
            return true;
        }
        catch (ArgumentException e)
        {
            text.Dispose();
            bytes = null;
            sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.BadHeader(e.Message));
            return false;
        }
    }

    /// <summary>Checks the shape of text already decoded (the FSB table may be Windows-1251) and opens it.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="layout">The separator, whether the first row is a header and where quoted fields may span lines.</param>
    /// <param name="reader">The open reader; null when a problem was reported.</param>
    /// <returns>Whether the rows may be read.</returns>
    public static bool TryOpen(string text, DiagnosticSink sink, CsvLayout layout, out SepReader? reader)
    {
        reader = null;
        if (!TextShape.Check(text, sink, quotes: true, layout.MultiLineFieldsUpTo))
        {
            return false;
        }

        try
        {
            reader = Options(layout).FromText(text);
            return true;
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice (blank names included), which a damaged or foreign file easily has.
            sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.BadHeader(e.Message));
            return false;
        }
    }

    private static SepReaderOptions Options(CsvLayout layout)
    {
        SepReaderOptions options = Sep.Reader(o => o with { HasHeader = layout.HasHeader, Unescape = true, DisableColCountCheck = true });
        return layout.Separator is char separator ? options with { Sep = new Sep(separator) } : options;
    }
}
