using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>
/// The messages of the readers of official workbooks and JSON-stat (MVD, Rosstat, Eurostat as published), in one
/// place so that tests can assert on them; codes are those of <see cref="SourceMessages"/>.
/// </summary>
internal static class WorkbookMessages
{
    public const string NoRowLabel = "a row with figures has no label in its first column; expected a country.";

    public static string UnknownRowLabel(string label) =>
        $"'{label}' is not a known country; add it to data/countries/aliases.csv (a country's name) or data/labels/ru-table-rows.csv (a total, a group or a row without a country code).";

    public static string DuplicateCountry(string label, Country country, int firstRow) =>
        string.Create(CultureInfo.InvariantCulture, $"'{label}' is {country} again; row {firstRow} already holds {country}.");

    public static string RepeatedCountry(string label, Country country, int firstRow) =>
        string.Create(CultureInfo.InvariantCulture, $"'{label}' is {country} again, with the same figures as row {firstRow}; the repeated row is not kept.");

    public static string NotACount(string cell) => $"'{cell}' is not a count; expected a whole non-negative number, or a dash where none is published.";

    public static string NotAFigure(string cell) => $"'{cell}' is not a figure; expected a non-negative number (12.3 or 1 234), or a dash where none is published.";

    public static string RowsDisagreeWithTotal(string column, decimal sum, decimal total) =>
        string.Create(CultureInfo.InvariantCulture, $"column {column}: the rows add up to {sum:#,0.###} but the total row says {total:#,0.###}.");

    public static string NoCodeRows(IEnumerable<string> labels) =>
        $"rows without a country code are not kept (their figures count in the total row): {string.Join(", ", labels.Select(l => l.Trim()).Distinct(StringComparer.Ordinal))}.";

    public static string MvdNoCountrySheet(IEnumerable<string> sheets) =>
        $"no sheet holds the release's table by country of citizenship (a header with «Оформлено приглашений», «Оформлено виз», «МИГРАЦИОННЫЙ УЧЕТ» ... above a «код графы» row, titled «по странам мира»); sheets: {string.Join(", ", sheets)}.";

    public const string MvdNoPeriod = "no title line names the period («за январь - декабрь 2016 года») and the file name carries none.";

    public static string MvdUnlabelledColumn(string letter) => $"column {letter} has figures but no label in the header; not kept.";

    public static string MvdUnknownColumn(string label, IEnumerable<string> known) =>
        $"header '{label}' is not a column of the MVD release; expected one of: {string.Join("; ", known)} (data/labels/mvd-columns.csv).";

    public static string MvdRegionTotalDiffers(string column, decimal region, decimal country, SourceLocator countryWhere) =>
        string.Create(CultureInfo.InvariantCulture, $"column {column}: the by-region total {region:#,0} differs from the by-country total {country:#,0} ({countryWhere}).");

    public static string MvdRegionSheetNotKept(string sheet) =>
        $"sheet '{sheet}' is by Russian region, which Flowwatch's series (by partner country) do not hold; its total row was checked against the by-country sheet, its rows are not kept.";

    public static string EurostatUnknownLabel(string dimension, string cell) =>
        $"'{cell.Trim()}' is neither a code nor a known label of {dimension}; add the label to data/labels/eurostat-labels.csv.";

    public static string JsonStatNotJson(string detail) => $"not valid JSON: {detail.ReplaceLineEndings(" ")}";

    public const string JsonStatNotADataset = "not a JSON-stat 2.0 dataset: expected \"id\", \"size\", \"dimension\" and \"value\".";

    public static string JsonStatBadSize(int ids, int sizes) =>
        string.Create(CultureInfo.InvariantCulture, $"\"size\" must give a positive size for each of the {ids} dimensions of \"id\"; it has {sizes}.");

    public static string JsonStatTooLarge(long max) => string.Create(CultureInfo.InvariantCulture, $"the cube declares more than {max:N0} cells; refused.");

    public static string JsonStatBadDimension(string name, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"dimension '{name}' needs a category.index naming each of its {size} positions once.");

    public static string JsonStatNoTime(IEnumerable<string> ids) => $"no time dimension ('time' or 'TIME_PERIOD') among {string.Join(", ", ids)}.";

    public static string JsonStatNotANumber(long index) =>
        string.Create(CultureInfo.InvariantCulture, $"value [{index}] is neither a number nor null; JSON-stat writes a figure as a JSON number and a figure not published as null (a string, true or false here is damage).");

    public static string JsonStatIndexOutOfRange(long index, long cells) =>
        string.Create(CultureInfo.InvariantCulture, $"value index {index} is outside the cube's {cells:N0} cells.");

    public static string RosstatNoTable(IEnumerable<string> sheets) =>
        $"no sheet holds Rosstat's tourist trips by country (a title «Число въездных/выездных туристских поездок», a row of periods «Январь-март 2016 ...», then one row per country); sheets: {string.Join(", ", sheets)}.";

    public static string RosstatBadPeriod(string label) =>
        $"'{label}' is not a period; expected January to a month and a year, such as «Январь-сентябрь 2016».";

    public static string RosstatUnit(string sheet, string unit) =>
        $"sheet '{sheet}' gives figures in '{unit}'; the dataset is in thousands, so it is not kept.";

    public static string RosstatNoCountries(string sheet) =>
        $"sheet '{sheet}' has no country rows (only the total); not kept.";
}
