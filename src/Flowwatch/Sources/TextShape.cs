using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>
/// One pass over a text file before it is parsed, for what a CSV parser cannot tell: a line or a row (with the line
/// breaks of its quoted fields) longer than <see cref="MaxLineLength"/>, a quote left open at the end, a quoted field
/// that spans lines (a stray <c>"</c> that would swallow the rows after it), and a last line without a newline (a file
/// cut short). Every text Flowwatch reads passes here: the separated formats through <see cref="CsvText"/>, Eurostat's
/// TSV directly, and articles through <see cref="LongLine"/>.
/// </summary>
/// <remarks>Quotes toggle as the CSV parser (Sep) reads them, so a doubled <c>""</c> inside a field is neutral.</remarks>
internal static class TextShape
{
    /// <summary>The longest line or row a text reader accepts, in characters (1 Mi): a line of the tidy CSV, with notes and URLs, is under 2 K.</summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <summary>Checks the text; adds an error for each problem found and a warning for each allowed multi-line field.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="quotes">Whether <c>"</c> quotes fields in this format (not in Eurostat's TSV).</param>
    /// <param name="multiLineFieldsUpTo">The last line on which a quoted field may start and span lines (each is then
    /// named in a warning): 0 where the format has none, the header rows where only headers wrap, <see cref="int.MaxValue"/> anywhere.</param>
    /// <returns>Whether the text may be parsed.</returns>
    public static bool Check(string text, DiagnosticSink sink, bool quotes, int multiLineFieldsUpTo)
    {
        int line = 1;
        int lineStart = 0;
        int rowStart = 0;
        int fieldLine = 0;
        bool quoted = false;
        bool ok = true;
        var reported = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"' && quotes)
            {
                quoted = !quoted;
                fieldLine = quoted ? line : fieldLine;
            }
            else if (c == '\n')
            {
                if (!WithinBounds(i, lineStart, rowStart, fieldLine, line, sink))
                {
                    return false;
                }

                if (quoted && fieldLine == line && reported++ < 20)
                {
                    if (line <= multiLineFieldsUpTo)
                    {
                        sink.Warning(SourceMessages.MultiLineFieldCode, SourceLocator.AtLine(line).ToString(), SourceMessages.MultiLineField(allowed: true));
                    }
                    else
                    {
                        sink.Error(SourceMessages.MultiLineFieldCode, SourceLocator.AtLine(line).ToString(), SourceMessages.MultiLineField(allowed: false, multiLineFieldsUpTo));
                        ok = false;
                    }
                }

                line++;
                lineStart = i + 1;
                rowStart = quoted ? rowStart : i + 1;
            }
        }

        if (!WithinBounds(text.Length, lineStart, rowStart, fieldLine, line, sink))
        {
            return false;
        }

        if (quoted)
        {
            sink.Error(SourceMessages.CorruptCode, SourceLocator.AtLine(fieldLine).ToString(), SourceMessages.OpenQuote(fieldLine));
            return false;
        }

        if (text.Length > 0 && text[^1] is not ('\n' or '\r'))
        {
            sink.Error(SourceMessages.CorruptCode, SourceLocator.AtLine(line).ToString(), SourceMessages.NoFinalNewline(line));
            return false;
        }

        return ok;
    }

    /// <summary>The number of the first line longer than <see cref="MaxLineLength"/>, or 0 when there is none: for text that is read as prose, not parsed as rows (articles).</summary>
    /// <param name="text">The text.</param>
    public static int LongLine(ReadOnlySpan<char> text)
    {
        int line = 1;
        while (true)
        {
            int end = text.IndexOf('\n');
            if ((end < 0 ? text.Length : end) > MaxLineLength)
            {
                return line;
            }

            if (end < 0)
            {
                return 0;
            }

            text = text[(end + 1)..];
            line++;
        }
    }

    // A row is its lines joined by the line breaks of its quoted fields: Sep holds a whole row in its buffer, so a
    // row is bounded as a line is, and a quote that never closes cannot make one row of the rest of a large file.
    private static bool WithinBounds(int end, int lineStart, int rowStart, int fieldLine, int line, DiagnosticSink sink)
    {
        if (end - lineStart > MaxLineLength)
        {
            sink.Error(SourceMessages.BoundCode, SourceLocator.AtLine(line).ToString(), SourceMessages.LineTooLong(MaxLineLength));
            return false;
        }

        if (end - rowStart > MaxLineLength)
        {
            sink.Error(SourceMessages.BoundCode, SourceLocator.AtLine(fieldLine).ToString(), SourceMessages.RowTooLong(fieldLine, MaxLineLength));
            return false;
        }

        return true;
    }
}
