using System.Globalization;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// How a format writes its numbers, declared once per format so that every reader reads a number one way: the
/// decimal mark, the characters that may group thousands, and whether an exponent may follow. Text that does not fit
/// is not guessed at: "4,000" where the format groups nothing, "1,5" in a count, <c>#REF!</c>, a boolean are each an
/// error naming the cell, never 4, 15 or a skipped cell (docs/formats.md, Numbers).
/// </summary>
/// <remarks>
/// A count is read with <see cref="Read"/>, which takes the figure's <see cref="FigureUnit"/> too: in text as a person
/// reads it, a count never has a decimal mark (a comma or dot in "4,000" may group thousands or mark decimals, so
/// the text is refused as ambiguous); in a number a machine stored (a workbook's numeric cell, JSON), <c>806.0</c> is
/// 806. The value is then checked in units against <see cref="Model.CountLimits.MaxCount"/>.
/// </remarks>
internal sealed class NumberGrammar
{
    private const int MaxDigits = 28;

    private readonly char _decimalMark;
    private readonly string _groups;
    private readonly bool _exponent;
    private readonly bool _displayed;

    private NumberGrammar(string name, char decimalMark, string groups, bool exponent, bool displayed)
    {
        Name = name;
        _decimalMark = decimalMark;
        _groups = groups;
        _exponent = exponent;
        _displayed = displayed;
    }

    /// <summary>Digits, <c>.</c> as the decimal mark, no grouping: the Flowwatch tidy CSV and Eurostat's layouts.</summary>
    public static NumberGrammar Plain { get; } = new("digits, '.' as the decimal mark and no thousands separators (13221, 3.5)", '.', "", exponent: false, displayed: false);

    /// <summary>A number as XML Schema and JSON store it: a workbook's numeric cell, a JSON-stat value.</summary>
    public static NumberGrammar Stored { get; } = new("a number as the file stores it ('.' as the decimal mark, no thousands separators: 806, 12.3, 1.2E3)", '.', "", exponent: true, displayed: false);

    /// <summary>
    /// Russian tables as displayed: thousands grouped by spaces (plain, no-break, narrow no-break or thin) in groups of
    /// three, <c>,</c> as the decimal mark: the FSB table as CSV, and text cells of the Russian workbooks.
    /// </summary>
    public static NumberGrammar Russian { get; } = new("digits, thousands grouped by spaces (12 345), ',' as the decimal mark (12,3)", ',', " \u00A0\u202F\u2009", exponent: false, displayed: true);

    /// <summary>How numbers are written in this grammar, for messages.</summary>
    public string Name { get; }

    /// <summary>Reads a figure: the text must fit the grammar, and the number must be a figure of <paramref name="unit"/>.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="unit">What the figure counts.</param>
    /// <param name="value">The figure; 0 unless <see cref="NumberProblem.None"/>.</param>
    /// <returns>What is wrong, or <see cref="NumberProblem.None"/>.</returns>
    public NumberProblem Read(ReadOnlySpan<char> text, FigureUnit unit, out decimal value)
    {
        if (!TryParse(text.Trim(), out value, out bool decimalMark))
        {
            value = 0;
            return NumberProblem.NotInGrammar;
        }

        // "4,000" or "4.000" displayed in a count: grouping or a decimal part? Neither is guessed.
        if (_displayed && unit.Whole && decimalMark)
        {
            value = 0;
            return NumberProblem.NotInGrammar;
        }

        if (!unit.Holds(value))
        {
            value = 0;
            return NumberProblem.NotAFigure;
        }

        // 806.0 is 806: the figure is stored without the trailing zeros of its text.
        value /= 1.000000000000000000000000000000000m;
        return NumberProblem.None;
    }

    /// <summary>Parses the text as a number of this grammar, sign included, without asking what it counts; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    public bool TryParse(ReadOnlySpan<char> text, out decimal value) => TryParse(text.Trim(), out value, out _);

    /// <summary>What a cell of this grammar must hold for a figure of <paramref name="unit"/>, for messages.</summary>
    public string Expected(FigureUnit unit) =>
        _displayed && unit.Whole
            ? $"{unit.Expected}, written as digits, thousands grouped by spaces (12 345), without a decimal part"
            : $"{unit.Expected}, written as {Name}";

    /// <summary>Parses the text as this grammar writes numbers, sign included; never throws.</summary>
    /// <param name="text">The text, trimmed.</param>
    /// <param name="value">The number; a well-formed number of more digits than a decimal holds saturates to
    /// <see cref="decimal.MaxValue"/> (or <see cref="decimal.MinValue"/>), so that it is refused as too large, not as text.</param>
    /// <param name="decimalMark">Whether the text has a decimal mark.</param>
    private bool TryParse(ReadOnlySpan<char> text, out decimal value, out bool decimalMark)
    {
        value = 0;
        decimalMark = false;
        Span<char> plain = stackalloc char[MaxDigits + 8];
        int length = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] is '-' or '+' or '−')
        {
            negative = text[i] != '+';
            plain[length++] = negative ? '-' : '+';
            i++;
        }

        int digits = 0, groupDigits = 0, groups = 0, fraction = -1;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                groupDigits++;
                if (fraction >= 0)
                {
                    fraction++;
                }

                if (digits <= MaxDigits)
                {
                    plain[length++] = c;
                }
            }
            else if (_groups.Contains(c) && fraction < 0)
            {
                // A group separator follows one to three digits, then three each time: "12 345", never "1 2345" or "12  345".
                if (groupDigits == 0 || groupDigits > 3 || (groups > 0 && groupDigits != 3))
                {
                    return false;
                }

                groups++;
                groupDigits = 0;
            }
            else if (c == _decimalMark && fraction < 0 && digits > 0)
            {
                if (groups > 0 && groupDigits != 3)
                {
                    return false;
                }

                fraction = 0;
                decimalMark = true;
                groupDigits = 0;
                if (digits <= MaxDigits)
                {
                    plain[length++] = '.';
                }
            }
            else if (_exponent && c is 'e' or 'E' && digits is > 0 and <= MaxDigits)
            {
                return TryExponent(text[(i + 1)..], plain[..length], out value);
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || fraction == 0 || (groups > 0 && fraction < 0 && groupDigits != 3))
        {
            return false;
        }

        if (digits > MaxDigits)
        {
            value = negative ? decimal.MinValue : decimal.MaxValue;
            return true;
        }

        return decimal.TryParse(plain[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // 1.2E3: a workbook stores large or small numbers so; the result is bounded so that no decimal overflows.
    private static bool TryExponent(ReadOnlySpan<char> exponent, ReadOnlySpan<char> mantissa, out decimal value)
    {
        value = 0;
        if (!int.TryParse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int power) || power is < -28 or > 28
            || !decimal.TryParse(mantissa, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal m))
        {
            return false;
        }

        decimal scale = 1;
        for (int p = 0; p < Math.Abs(power); p++)
        {
            scale *= 10;
        }

        // decimal holds about 7.9E28: a mantissa that would pass 10^28 is out of any figure's range anyway.
        if (power > 0 && Math.Abs(m) >= 10_000_000_000_000_000_000_000_000_000m / scale)
        {
            return false;
        }

        value = power >= 0 ? m * scale : m / scale;
        return true;
    }
}
