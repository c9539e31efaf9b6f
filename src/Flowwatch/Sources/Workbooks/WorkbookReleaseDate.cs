using System.Globalization;
using System.Text.RegularExpressions;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// The release date a workbook states in its own text: Rosstat's contents sheet ends with «Обновлено: 11.05.2023»;
/// «Дата обновления», «Дата публикации», "Updated" and "Last update" read the same way.
/// </summary>
internal static partial class WorkbookReleaseDate
{
    /// <summary>The latest update date any sheet states, or null when none does.</summary>
    public static DateOnly? Find(IEnumerable<WorkbookSheet> sheets)
    {
        DateOnly? latest = null;
        foreach (WorkbookSheet sheet in sheets)
        {
            foreach (TableRow row in sheet.Rows)
            {
                foreach (string cell in row.Cells)
                {
                    if (cell.Length > 200 || TryRead(cell) is not { } date)
                    {
                        continue;
                    }

                    if (latest is null || date > latest)
                    {
                        latest = date;
                    }
                }
            }
        }

        return latest;
    }

    /// <summary>The date of one cell's update line, or null.</summary>
    public static DateOnly? TryRead(string text)
    {
        Match m = UpdateLine().Match(text);
        if (!m.Success)
        {
            return null;
        }

        string day = m.Groups["d"].Value, month = m.Groups["m"].Value, year = m.Groups["y"].Value;
        return DateOnly.TryParseExact($"{year}-{month.PadLeft(2, '0')}-{day.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
    }

    [GeneratedRegex(@"^\s*(?:обновлено|дата обновления|дата публикации|updated|last update)\s*:?\s*(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\s*(?:г\.?|года)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateLine();
}
