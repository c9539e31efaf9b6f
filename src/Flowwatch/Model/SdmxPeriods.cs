using System.Globalization;

namespace Flowwatch.Model;

/// <summary>
/// A <see cref="Period"/> as SDMX writes a <c>TIME_PERIOD</c> (SDMX 3.0 standard reporting periods): <c>2024</c>,
/// <c>2024-S1</c> for a half year, <c>2024-Q3</c>, <c>2024-03</c>; January to the end of a month that closes no
/// quarter, half or year is a time range from the first of January, <c>2024-01-01/P8M</c>.
/// </summary>
public static class SdmxPeriods
{
    /// <summary>The SDMX text of a period.</summary>
    public static string Format(Period period) => period.Kind switch
    {
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-S{period.Index}"),
        PeriodKind.YearToDate => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-01-01/P{period.Index}M"),
        _ => period.ToString(),
    };

    /// <summary>Reads an SDMX <c>TIME_PERIOD</c> of the forms <see cref="Format"/> writes. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Period period)
    {
        period = default;
        s = s.Trim();
        if (s.Length == 7 && s[4] == '-' && (s[5] is 'S' or 's') && s[6] is '1' or '2' && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return Period.TryParse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{s[6]}"), out period);
        }

        if (s.Length is 14 or 15 && s[4..12].SequenceEqual("-01-01/P") && s[^1] is 'M'
            && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && int.TryParse(s[12..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int months))
        {
            return Period.TryParse(string.Create(CultureInfo.InvariantCulture, $"{y:D4}-YTD{months:D2}"), out period);
        }

        // Years, quarters and months are written as Flowwatch writes them; its half (H) and year-to-date (YTD) forms are not SDMX.
        return s.IndexOfAny('H', 'h') < 0 && s.IndexOf("YTD", StringComparison.OrdinalIgnoreCase) < 0 && Period.TryParse(s, out period);
    }
}
