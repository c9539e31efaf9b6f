using System.Globalization;

namespace Flowwatch.Sources;

/// <summary>Reads a figure from a workbook cell as Russian official tables print it.</summary>
internal static class WorkbookFigures
{
    /// <summary>The largest figure a table may hold; more is an export error, not a count.</summary>
    public const decimal MaxValue = 999_999_999_999m;

    /// <summary>Whether the cell says that no figure is published: blank, a dash, an ellipsis, «х».</summary>
    public static bool IsNotPublished(string cell) => TableFigures.IsNotPublished(cell);

    /// <summary>
    /// Parses a non-negative figure: <c>27417</c>, <c>8 436</c> (grouped with spaces), <c>94.858</c> or <c>94,858</c>.
    /// Never throws; false for anything else, a negative number or a number above <see cref="MaxValue"/>.
    /// </summary>
    public static bool TryParse(string cell, out decimal value)
    {
        value = 0;
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        foreach (char ch in cell)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u202F' or '\u2009')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return false;
            }

            buffer[n++] = ch == ',' ? '.' : ch;
        }

        // "R" formatting of a double may give an exponent (1E-05); allow it, nothing else.
        return n > 0
            && decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && value <= MaxValue;
    }
}
