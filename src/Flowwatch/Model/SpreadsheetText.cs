namespace Flowwatch.Model;

/// <summary>
/// How a text cell of a CSV file Flowwatch writes is kept from running as a formula when the file is opened in a
/// spreadsheet (CSV or formula injection): a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return gets an apostrophe in front, as OWASP recommends
/// (https://owasp.org/www-community/attacks/CSV_Injection), and Flowwatch's readers take it off again, so that a file
/// Flowwatch exported is ingested with its text exactly as it was.
/// </summary>
/// <remarks>
/// The rule is reversible because it counts apostrophes: a cell that already begins with apostrophes followed by one of
/// those characters gets one more. <see cref="Neutralise"/> and <see cref="Restore"/> are inverse on every string.
/// </remarks>
internal static class SpreadsheetText
{
    /// <summary>The characters a spreadsheet reads as the start of a formula.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>The text as written into a CSV cell: with an apostrophe in front where a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string text) => StartsLikeFormula(text, minApostrophes: 0) ? "'" + text : text;

    /// <summary>The text a cell written by <see cref="Neutralise"/> held: its first apostrophe taken off where one was put on.</summary>
    public static string Restore(string cell) => StartsLikeFormula(cell, minApostrophes: 1) ? cell[1..] : cell;

    // Apostrophes (at least the minimum), then one of the formula characters.
    private static bool StartsLikeFormula(string text, int minApostrophes)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }

        return i >= minApostrophes && i < text.Length && FormulaStarts.Contains(text[i], StringComparison.Ordinal);
    }
}
