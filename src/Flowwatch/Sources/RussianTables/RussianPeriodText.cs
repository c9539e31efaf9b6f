using System.Globalization;
using System.Text.RegularExpressions;
using Flowwatch.Model;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// Tells the period of a Russian statistical table from its title or file name: a quarter
/// («I квартал 2024 г.», «во II квартале»), a half («I полугодие», «январь–июнь»), a year («2024 год»,
/// «январь–декабрь») or January to a month («январь–сентябрь 2024 г.» is <c>2024-YTD09</c>).
/// </summary>
/// <remarks>
/// Cumulative ranges are normalised by <see cref="Period.YearToMonth"/>: January to March is Q1, to June H1,
/// to December the year. File names may also carry the invariant form (<c>fsb-2024-Q2.xlsx</c>,
/// <c>2024_YTD09.csv</c>).
/// </remarks>
public static partial class RussianPeriodText
{
    private static readonly string[] MonthStems =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    /// <summary>Reads the period from a title line. Never throws.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string s = Fold(text);
        if (IsDamagedRange(s))
        {
            // «за я?варь - декабрь 2016 года» is not December: a range whose first month cannot be read is no period.
            return false;
        }

        Match year = Year().Match(s);
        if (!year.Success)
        {
            return false;
        }

        int y = int.Parse(year.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (y is < Period.MinYear or > Period.MaxYear)
        {
            return false;
        }

        Match range = MonthRange().Match(s);
        if (range.Success && MonthOf(range.Groups["to"].Value) is int last and > 0)
        {
            int first = MonthOf(range.Groups["from"].Value);
            if (first == 1)
            {
                period = Period.YearToMonth(y, last);
                return true;
            }

            // April to June and the like: a range that is itself a quarter or half.
            return TryRange(y, first, last, out period);
        }

        Match quarter = Quarter().Match(s);
        if (quarter.Success && Ordinal(quarter.Groups["n"].Value) is int q and >= 1 and <= 4)
        {
            period = Period.OfQuarter(y, q);
            return true;
        }

        Match half = Half().Match(s);
        if (half.Success && Ordinal(half.Groups["n"].Value) is int h and >= 1 and <= 2)
        {
            period = Period.OfHalf(y, h);
            return true;
        }

        Match month = SingleMonth().Match(s);
        if (month.Success && MonthOf(month.Groups["m"].Value) is int m and > 0)
        {
            period = Period.OfMonth(y, m);
            return true;
        }

        if (YearOnly().IsMatch(s))
        {
            period = Period.OfYear(y);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the text has a month range whose first month cannot be read («я?варь - декабрь»): a title damaged where
    /// it states the period, which no reader may read as the month the range ends with. Never throws.
    /// </summary>
    public static bool HasDamagedRange(string? text) => !string.IsNullOrWhiteSpace(text) && IsDamagedRange(Fold(text));

    // "<word> - <month>" where the word is no month: «я］варь - декабрь» (one character of «январь» broken).
    private static bool IsDamagedRange(string folded)
    {
        foreach (Match m in RangeEnd().Matches(folded))
        {
            if (MonthOf(m.Groups["from"].Value) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the period from a file name: the invariant form (<c>2024-Q2</c>, <c>2024_YTD09</c>) or Russian words. Never throws.</summary>
    public static bool TryParseFileName(string? fileName, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return false;
        }

        string stem = Path.GetFileNameWithoutExtension(fileName);
        Match m = Invariant().Match(stem);
        if (m.Success)
        {
            string text = m.Groups["y"].Value + "-" + m.Groups["p"].Value.ToUpperInvariant();
            if (Period.TryParse(text, out period))
            {
                return true;
            }
        }

        return TryParse(stem.Replace('_', ' '), out period);
    }

    private static bool TryRange(int year, int first, int last, out Period period)
    {
        period = default;
        foreach (PeriodKind kind in new[] { PeriodKind.Half, PeriodKind.Quarter, PeriodKind.Month })
        {
            foreach (Period p in Period.OfYear(year).Split(kind))
            {
                if (p.FirstMonth == first && p.LastMonth == last)
                {
                    period = p;
                    return true;
                }
            }
        }

        return false;
    }

    private static string Fold(string text) =>
        text.ToLowerInvariant().Replace('ё', 'е').Replace('\u00A0', ' ').Replace('–', '-').Replace('—', '-').Replace('‒', '-').Replace('−', '-');

    private static int MonthOf(string word)
    {
        for (int i = MonthStems.Length - 1; i >= 0; i--)
        {
            // "ма" (май, мая, мае) is a prefix of no other month; check the longer stems first.
            if (word.StartsWith(MonthStems[i], StringComparison.Ordinal) && (i != 4 || word.Length <= 3))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int Ordinal(string token) => token switch
    {
        "i" or "1" or "1-й" or "1-м" or "1-е" or "1-ом" => 1,
        "ii" or "2" or "2-й" or "2-м" or "2-е" or "2-ом" => 2,
        "iii" or "3" or "3-й" or "3-м" or "3-ом" => 3,
        "iv" or "4" or "4-й" or "4-м" or "4-ом" => 4,
        _ when token.StartsWith("перв", StringComparison.Ordinal) => 1,
        _ when token.StartsWith("втор", StringComparison.Ordinal) => 2,
        _ when token.StartsWith("трет", StringComparison.Ordinal) => 3,
        _ when token.StartsWith("четверт", StringComparison.Ordinal) => 4,
        _ => 0,
    };

    [GeneratedRegex(@"(?<![\d])(?<y>(19|20|21)\d\d)(?![\d])")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\p{L}])(?<from>январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)\s*-\s*(?<to>январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)")]
    private static partial Regex MonthRange();

    // A word (no digit, space or dash) right before "- <month>": where the range's first month stands.
    [GeneratedRegex(@"(?<![^\s(«""])(?<from>[^\s\d\-(«""]{3,})\s*-\s*(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)")]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>iv|iii|ii|i|[1-4](-?(й|м|ом|е))?|перв\w*|втор\w*|трет\w*|четверт\w*)\s+квартал")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<![\p{L}])(?<n>ii|i|[12](-?(е|м|ом))?|перв\w*|втор\w*)\s+полугоди")]
    private static partial Regex Half();

    [GeneratedRegex(@"(?<![\p{L}])(?<m>январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)\s+(19|20|21)\d\d")]
    private static partial Regex SingleMonth();

    [GeneratedRegex(@"(?<![\d])(19|20|21)\d\d\s*(год|г\.|г\b|гг)|за\s+(19|20|21)\d\d(?![\d-])|в\s+(19|20|21)\d\d\s+год")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?<y>(19|20|21)\d\d)[-_ ]?(?<p>q[1-4]|h[12]|ytd(0[2-9]|1[01])|(0[1-9]|1[0-2])(?!\d))", RegexOptions.IgnoreCase)]
    private static partial Regex Invariant();
}
