using System.Globalization;
using System.Text.RegularExpressions;

namespace Flowwatch.Model;

/// <summary>
/// Reads the publication date of a report as sources give it, often partial ("2024-08", "undated (c. Aug 2024)"),
/// as the last day it can mean: a figure counts as published by a date only when it certainly was.
/// </summary>
public static partial class PublicationDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The last day <paramref name="text"/> can mean, or false when it names no year.</summary>
    /// <param name="text">An ISO date (2024-11-08), month (2024-08) or year, or free text holding "Aug 2024" or "2024".</param>
    /// <param name="latest">The day; for a month or a year, its last day.</param>
    public static bool TryRead(string? text, out DateOnly latest)
    {
        latest = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Match iso = IsoDate().Match(text);
        if (iso.Success)
        {
            int year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["m"].Success)
            {
                return TryEnd(year, 12, out latest);
            }

            int month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["d"].Success)
            {
                return TryEnd(year, month, out latest);
            }

            int day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            latest = new DateOnly(year, month, day);
            return true;
        }

        Match named = MonthYear().Match(text);
        if (named.Success)
        {
            int month = Array.IndexOf(Months, named.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
            return TryEnd(int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), month, out latest);
        }

        Match year4 = Year().Match(text);
        return year4.Success && TryEnd(int.Parse(year4.Value, CultureInfo.InvariantCulture), 12, out latest);
    }

    private static bool TryEnd(int year, int month, out DateOnly latest)
    {
        latest = default;
        if (year is < 1900 or > 2999 || month is < 1 or > 12)
        {
            return false;
        }

        latest = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return true;
    }

    [GeneratedRegex(@"^\s*(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
