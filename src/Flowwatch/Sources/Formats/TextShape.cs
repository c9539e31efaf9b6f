namespace Flowwatch.Sources.Formats;

/// <summary>
/// One pass over a text file before it is parsed, for what a CSV parser cannot tell: a line or a row (with the line
/// breaks of its quoted fields) longer than <see cref="MaxLineLength"/>, a quote left open at the end, a quoted field
/// that spans lines (a stray <c>"</c> that would swallow the rows after it), and a last line without a newline (a file
/// cut short). Every text Flowwatch reads passes here: the separated formats through <see cref="CsvText"/>, Eurostat's
/// TSV directly, and articles through <see cref="LongLine"/>.
/// </summary>
/// <remarks>Quotes toggle as the CSV parser (Sep) reads them, so a doubled <c>""</c> inside a field is neutral.</remarks>
internal static partial class TextShape
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
        var scan = new Scan(sink, quotes, multiLineFieldsUpTo);
        scan.Feed(text);
        return scan.Finish();
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
}
