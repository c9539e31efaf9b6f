using System.Globalization;
using ExcelNumberFormat;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// A workbook cell's number as the publication shows it: the stored double with the cell's number format applied
/// (ExcelNumberFormat formats it as Excel does), read back as a decimal that keeps the precision shown. Rosstat stores
/// 25.461103351004734 in a cell formatted <c>0</c>: the table prints 25, and 25 is the figure published.
/// </summary>
internal static class DisplayedNumber
{
    // Excel shows a "General" number in a standard-width cell with at most this many significant digits.
    private const int GeneralDigits = 10;

    /// <summary>
    /// The text of <paramref name="value"/> as displayed under <paramref name="format"/>, in invariant form with the
    /// decimals shown (<c>25</c>, <c>1.4</c>, <c>2.0</c>); null when the format is a date or time, or displays no
    /// number Flowwatch can read back (the caller then keeps the stored value).
    /// </summary>
    public static string? Text(double value, string? format)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase) || format == "@")
        {
            return General(value);
        }

        var numberFormat = new NumberFormat(format);
        if (!numberFormat.IsValid || numberFormat.IsDateTimeFormat)
        {
            return null;
        }

        string shown;
        try
        {
            shown = numberFormat.Format(value, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }

        return ReadBack(shown, value);
    }

    // "12.3%", "8,436", " 1.40 р.", "-" (an accounting zero) back to the number they show.
    private static string? ReadBack(string shown, double value)
    {
        int percent = shown.Count(c => c == '%');
        var digits = new System.Text.StringBuilder();
        bool any = false;
        foreach (char c in shown)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                any = true;
            }
            else if (c == '.' && any && !digits.ToString().Contains('.', StringComparison.Ordinal))
            {
                digits.Append(c);
            }
            else if (c is 'E' or 'e')
            {
                return null; // scientific notation shows fewer digits than a table means: keep the stored value.
            }
        }

        if (!any)
        {
            // An accounting format shows zero as a dash; anything else without digits is not a number shown.
            return value == 0 ? "0" : null;
        }

        string text = digits.ToString().TrimEnd('.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal shownValue))
        {
            return null;
        }

        for (int i = 0; i < percent; i++)
        {
            shownValue /= 100m;
        }

        // The sign comes from the value: formats put it in many places (brackets, a leading dash, a second section).
        if (value < 0)
        {
            shownValue = -shownValue;
        }

        // A shown value far from the stored one is a scaled format (#,##0, in thousands) or a literal: not a reading.
        if (Math.Abs((double)shownValue - value) > Math.Max(1, Math.Abs(value) * 0.05))
        {
            return null;
        }

        return shownValue.ToString(CultureInfo.InvariantCulture);
    }

    private static string General(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        decimal d;
        try
        {
            d = (decimal)value;
        }
        catch (OverflowException)
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        int integerDigits = Math.Max(1, (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1);
        int decimals = Math.Clamp(GeneralDigits - integerDigits, 0, 28);
        return (decimal.Round(d, decimals, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
