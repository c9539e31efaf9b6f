using System.Globalization;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources;

/// <summary>The readers' messages and codes, in one place so that tests can assert on them.</summary>
public static class SourceMessages
{
    /// <summary>A read with errors was offered to the store.</summary>
    internal static string ReadHasErrors(string file) =>
        $"{file}: the file has errors and is not stored; fix them and ingest it again.";

    internal static string FileMissing(string path) => $"{path}: no such file.";

    // Said by every path that reads a file whole (lists, names files, workbooks): the tidy CSV hint is about figures only.
    internal static string FileTooLarge(string path, long bytes, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}: {bytes:N0} bytes is larger than the {max:N0} bytes Flowwatch reads whole; split the file. (Figures written as a tidy CSV are read as they stream, at any size.)");

    internal static string FileChanged(string path) =>
        $"{path}: the file changed while it was being read; nothing of it is stored. Ingest it again once it is written.";

    internal static string UnknownFormat(string name) =>
        $"not a format Flowwatch reads (Flowwatch tidy CSV, the FSB entries table as XLSX or CSV, Eurostat migr_resfirst as SDMX-CSV or TSV, a sources.csv citation list); see docs/formats.md.";

    /// <summary>The file is empty.</summary>
    public const string EmptyCode = "FW001";

    /// <summary>The file is not UTF-8 text.</summary>
    public const string EncodingCode = "FW002";

    /// <summary>A required column is missing.</summary>
    public const string MissingColumnCode = "FW003";

    /// <summary>A cell holds something other than what its column expects.</summary>
    public const string BadCellCode = "FW004";

    /// <summary>The same figure appears twice in one file.</summary>
    public const string DuplicateCode = "FW005";

    /// <summary>A citation id is not in the citation list.</summary>
    public const string UnknownCitationCode = "FW006";

    /// <summary>A country label is not known.</summary>
    public const string UnknownCountryCode = "FW007";

    /// <summary>A purpose label is not known.</summary>
    public const string UnknownPurposeCode = "FW008";

    /// <summary>A row has too few or too many cells.</summary>
    public const string RowShapeCode = "FW009";

    /// <summary>The table's period cannot be told.</summary>
    public const string NoPeriodCode = "FW010";

    /// <summary>The file holds no figures.</summary>
    public const string NoRowsCode = "FW011";

    /// <summary>The file's structure is broken (a spreadsheet that does not open, a truncated file).</summary>
    public const string CorruptCode = "FW012";

    /// <summary>No reader recognises the file.</summary>
    public const string UnknownFormatCode = "FW013";

    /// <summary>Figures of one file disagree with each other (the country rows add up to more than the total row).</summary>
    public const string InconsistentCode = "FW014";

    /// <summary>A row is present but publishes no figure (a warning: the publisher left it blank).</summary>
    public const string BlankRowCode = "FW015";

    /// <summary>A cumulative figure is smaller than the earlier cumulative figure it is differenced against.</summary>
    public const string NegativeDifferenceCode = "FW016";

    /// <summary>A later cumulative figure has no earlier one to be differenced against, or the difference spans no calendar period.</summary>
    public const string NotDerivedCode = "FW017";

    /// <summary>Rows were skipped on purpose (aggregates, sub-categories, other units or durations).</summary>
    public const string SkippedCode = "FW018";

    /// <summary>The file breaks one of Flowwatch's bounds on size, nesting, line length or cell count (docs/formats.md).</summary>
    public const string BoundCode = "FW019";

    /// <summary>A value is not a whole count of people, trips, visas or permits within <see cref="Model.CountLimits.MaxCount"/>.</summary>
    public const string NotACountCode = "FW020";

    /// <summary>A quoted field spans lines: refused where the format does not allow it, else a warning that names it.</summary>
    public const string MultiLineFieldCode = "FW021";

    /// <summary>A dataset or breakdown is not in the dataset catalogue (data/datasets.csv).</summary>
    public const string UnknownDatasetCode = "FW022";

    /// <summary>Too many problems; the rest are not listed.</summary>
    public const string TooManyCode = "FW099";

    internal static string Empty => "the file is empty; expected a header line and at least one row.";

    internal static string NotUtf8(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8.");

    internal static string CitationListHeader(IEnumerable<string> expected, IEnumerable<string> missing, IEnumerable<string> found) =>
        $"a citation list needs the columns {string.Join(",", expected)} (optionally synthetic); missing: {string.Join(", ", missing)}; found: {string.Join(",", found)}.";

    internal static string OwnFigures(string file) =>
        $"{file} (figures entered by its author, no report cited)";

    internal static string DuplicateCitation(string id) => $"the citation id '{Clip(id)}' appears twice.";

    internal static string UnknownCitationNoList(string id) =>
        $"the citation '{id}' is not in a citation list: no sources.csv lies beside the file.";

    internal static string MissingColumn(string column, IEnumerable<string> found) =>
        $"the header has no '{column}' column (found: {string.Join(", ", found)}).";

    internal static string BadCell(string column, string value, string expected) =>
        $"column '{column}' holds '{Clip(value)}'; expected {expected}.";

    internal static string Duplicate(string key, string period, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{key} {period} appears again (first at line {firstLine}); a file states each figure once.");

    internal static string UnknownCitation(string id) =>
        $"the citation '{id}' is not in the citation list (sources.csv) beside the file.";

    internal static string RowShape(int found, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"the row has {found} cells; the header has {expected}.");

    internal static string NoRows => "the file has a header but no figures.";

    internal static string TooMany(int shown) =>
        string.Create(CultureInfo.InvariantCulture, $"more problems follow; the first {shown} are listed.");

    internal static string NotText(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is not text (a control byte at offset {offset}); expected a CSV or TSV export.");

    internal static string NotRussianText =>
        "the file is neither UTF-8 nor Windows-1251 text; save it as UTF-8 (CSV UTF-8 in Excel).";

    internal static string DecodedAs(string encoding) =>
        $"the file is not UTF-8; it was read as {encoding}. Check a few names against the original.";

    internal static string NotAWorkbook(string detail) =>
        $"the workbook does not open ({Clip(detail)}); expected an .xlsx file as saved by Excel or LibreOffice. The file may be truncated or not a workbook.";

    internal static string OldXls =>
        "the file is an Excel 97-2003 .xls workbook; save it as .xlsx.";

    internal static string EmptyWorkbook => "the workbook has no sheet with cells; expected the table of entries by purpose of trip.";

    internal static string FsbNoHeader(IEnumerable<string> purposes) =>
        $"no header row found: expected a row with «Страна» (or at least two purpose labels) and the purpose columns: {string.Join(", ", purposes)}.";

    internal static string FsbNoPurposeColumns(IEnumerable<string> found, IEnumerable<string> purposes) =>
        $"the header has no purpose columns (found: {string.Join(", ", found.Select(Clip))}); expected «Всего» and the purposes: {string.Join(", ", purposes)}.";

    internal static string FsbUnknownPurpose(string label, IEnumerable<string> purposes) =>
        $"the header cell '{Clip(label)}' is not a purpose label Flowwatch knows; expected one of: {string.Join(", ", purposes)} (add new labels to data/labels/fsb-purposes.csv).";

    internal static string FsbDuplicatePurpose(string label, Model.Purpose purpose, string otherColumn) =>
        $"the header cell '{Clip(label)}' names {Model.PurposeCodes.ToCode(purpose)}, which column {otherColumn} already names.";

    internal static string FsbTwoLabels(string column, string upper, string lower) =>
        $"column {column} is labelled both '{Clip(upper)}' and, below it, '{Clip(lower)}'; a column has one label (with a group label such as «в том числе по целям поездки» above it at most). Was a label moved under another?";

    internal static string FsbGroupWithoutPurposes(string group) =>
        $"the group label '{Clip(group)}' has no purpose labels under it; expected a header row of purposes (Служебная, Деловая, Туризм ...) right below. A blank line inside the header, or doubled line ends, split it.";

    internal static string FsbUnlabelledColumn(string column, string value) =>
        $"column {column} holds '{Clip(value)}' but the header gives it no label; expected a purpose label above every column with figures. Is a header cell blank?";

    internal const string FsbRowShapeHint =
        " A CSV export writes every row of the table to the header's width; a cell was lost or added, or the row uses another separator.";

    internal static string FsbNoCountry => "the row has figures but no country; expected a country of citizenship in the country column.";

    internal static string AmbiguousCountry(string label, Model.CountryMatch match) =>
        $"'{Clip(label)}' could name more than one country ({match.CandidateCodes}); Flowwatch does not pick one. Give the table's own name for the country in data/labels/ru-table-rows.csv or data/countries/aliases.csv.";

    internal static string FsbUnknownCountry(string label) =>
        $"'{Clip(label)}' is not a country Flowwatch knows; expected a country of citizenship in Russian (КНДР, Китай, Германия), a total row (Всего, Итого) or a group (Страны СНГ). Add a name to data/countries/aliases.csv or a row label to data/labels/fsb-rows.csv.";

    internal static string FsbDuplicateCountry(string label, Model.Country country, int firstRow) =>
        string.Create(CultureInfo.InvariantCulture, $"'{Clip(label)}' ({country}) appears again (first in row {firstRow}); a table lists each country once.");

    internal static string FsbBlankRow(string label, Model.Country country, Model.Period period) =>
        $"the row '{Clip(label)}' ({country}) is blank: no figure for {country} is published for {period}.";

    internal static string FsbPurposesExceedTotal(string label, long sum, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"the purposes of '{Clip(label)}' add up to {sum:N0}, more than its «Всего» of {total:N0}.");

    internal static string FsbRowsExceedTotal(Model.Purpose purpose, long sum, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"the country rows of the {Model.PurposeCodes.ToCode(purpose)} column add up to {sum:N0}, more than the total row's {total:N0}.");

    internal static string FsbNoPeriod(string title) =>
        $"the period cannot be told from the title ('{Clip(title)}') or the file name; expected a title such as «... за январь–сентябрь 2024 г.» or «... во II квартале 2024 г.», or a file name with 2024-Q2, 2024-H1 or 2024-YTD09.";

    internal static string DamagedPeriod(string title) =>
        $"the title '{Clip(title.Trim())}' states a range of months whose first month cannot be read; the period is not guessed (nor taken from the file name). The file is damaged.";

    internal static string FsbPeriodsDisagree(Model.Period title, Model.Period name) =>
        $"the title says {title} but the file name says {name}; the title's period is used.";

    internal static string NotInGrammar(string what, string value, string expected) =>
        $"{what} holds '{Clip(value)}'; expected {expected}.";

    internal static string NotAFigure(string what, string value, string expected) =>
        $"{what} holds '{Clip(value)}', which is not {expected}.";

    internal static string CellNotANumber(string what, CellKind kind, string value, string expected) =>
        $"{what} holds {(kind == CellKind.Boolean ? "a boolean" : kind == CellKind.Error ? "an error value" : "a date")} ('{Clip(value)}'); expected {expected}.";

    internal static string EurostatUnknownReason(string code, IEnumerable<string> known) =>
        $"reason '{Clip(code)}' is not a migr_resfirst reason Flowwatch knows; expected one of {string.Join(", ", known)} or a sub-reason of one (EMP_HSK, EDUC_STUDY), which is skipped. Add reasons to data/labels/eurostat-reasons.csv.";

    internal static string EurostatUnknownCountry(string dimension, string code) =>
        $"{dimension} '{Clip(code)}' is not a country code; expected an ISO 3166-1 alpha-2 code as Eurostat writes it (DE, EL for Greece, UK for the United Kingdom) or an aggregate (EU27_2020, EXT_EU27_2020, TOTAL).";

    internal static string EurostatBadValue(Model.Period period, string value, string expected) =>
        $"the {period} value is '{Clip(value)}'; expected {expected}.";

    internal static string SdmxUnknownColumn(string name, IEnumerable<string> known) =>
        $"the header names a column '{Clip(name)}' that SDMX-CSV does not define; expected dimension columns in lower case (reason, citizen, geo), label columns, and {string.Join(", ", known)}.";

    internal static string EurostatCodeOfOther(string dimension, string code, string other) =>
        $"{dimension} '{Clip(code)}' is a code of {other}, not of {dimension}; are the header's dimension names in the right order?";

    internal static string EurostatUnknownCode(string dimension, string code, IEnumerable<string> known) =>
        $"{dimension} '{Clip(code)}' is not a {dimension} code Eurostat uses; expected one of {string.Join(", ", known)}. Are the header's dimension names in the right order?";

    internal static string EurostatEmptyValue(Model.Period period) =>
        $"the {period} value is empty; Eurostat writes ':' where no figure is published, so a cell was lost or the row is cut short.";

    internal static string EurostatEmptyValues(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows of countries have an empty value and no flag saying why (the first here); no figure is made of them.");

    internal static string EurostatAllValuesEmpty(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"no figure was kept: all {count:N0} rows of countries have an empty value and no flag saying why (the first here). Were the values moved into another column?");

    internal static string EurostatSamePurpose(string reason, string firstReason, Model.SeriesKey key, Model.Period period, string firstWhere) =>
        $"reason {reason} maps to the same purpose as {firstReason} ({key} {period}, at {firstWhere}); the first is kept, they are not added up.";

    internal static string EurostatSkipped(int count, string why, IEnumerable<string> codes) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows skipped: {why} ({string.Join(", ", codes.Take(12))}{(codes.Count() > 12 ? ", ..." : "")}).");

    internal static string EurostatNothingKept =>
        "no figure was kept: expected rows with a top-level reason (TOTAL, FAM, EDUC, EMP, OCC, OTH), a country as citizen and geo, duration TOTAL and unit PER.";

    internal static string EurostatNoTimeColumns =>
        "the first cell has no '\\TIME_PERIOD' (or '\\time') and no period columns follow; expected 'freq,reason,citizen,duration,unit,geo\\TIME_PERIOD' then one column per period.";

    internal static string Duplicate(string key, string period, string firstWhere) =>
        $"{key} {period} appears again (first at {firstWhere}); a file states each figure once.";

    internal static string BadHeader(string detail) =>
        $"the header line cannot be used ({Clip(detail)}); expected one line of distinct column names.";

    internal static string LineTooLong(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the line is longer than {max:N0} characters; no line of a statistics file is that long. The file is damaged or not a data file.");

    internal static string RowTooLong(int line, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the quoted field that starts on line {line} runs on for more than {max:N0} characters; no row of a statistics file is that long. A '\"' is probably missing.");

    internal static string MultiLineField(bool allowed, int upTo = 0) =>
        allowed
            ? "a quoted field starts on this line and goes on over the next; it is read as one field. Check that no '\"' is missing."
            : "a quoted field starts on this line and goes on over the next; "
              + (upTo > 0 ? string.Create(CultureInfo.InvariantCulture, $"in this format only the header (lines 1 to {upTo}) may have such fields. ") : "this format has no fields that span lines. ")
              + "A stray '\"' swallows the rows after it: remove it or close it on the same line.";

    internal static string OpenQuote(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"the quote opened on line {line} is never closed; the file may be truncated, or a stray '\"' swallows the rows after it.");

    internal static string NoFinalNewline(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"the file ends inside line {line} without a newline; it may be truncated; if the line is complete, end it with a newline.");

    internal static string NotACount(string column, string value, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"column '{column}' holds '{Clip(value)}'; expected a whole count from 0 to {max:N0}.");

    internal static string UnknownDataset(string value, IEnumerable<string> known) =>
        $"column 'dataset' holds '{Clip(value)}', which is not a dataset in the catalogue (data/datasets.csv); expected one of: {string.Join(", ", known)}. Are the column names in the header in the right order?";

    internal static string BreakdownNotOfKind(string value, string dataset, string kind, IEnumerable<string> known) =>
        $"column 'breakdown' holds '{Clip(value)}', which is not a {kind} of {dataset}; expected one of: {string.Join(", ", known)}.";

    internal static string Utf16 =>
        "the file is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel).";

    internal static string XlsxTooManyParts(int parts, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the workbook holds {parts:N0} parts; a workbook has at most {max:N0}. The file is not the entries table.");

    internal static string XlsxPartTooLarge(string part, long bytes, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"the workbook part {Clip(part)} inflates to more than {max:N0} bytes ({bytes:N0} read); a table of entries is far smaller. The file may be a zip bomb.");

    internal static string XlsxTooMuchInAll(string part, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"the workbook's parts inflate to more than {max:N0} bytes in all (reached in {Clip(part)}); a table is far smaller. The file may be a zip bomb.");

    internal static string XlsxTooDeep(string part, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the workbook part {Clip(part)} nests XML elements more than {max} levels deep; a worksheet needs fewer than 10.");

    internal static string XlsxTextTooLong(string part, string what, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} in {Clip(part)} is longer than {max:N0} characters, the most a cell holds.");

    internal static string XlsxTooMuchText(string part, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the shared strings in {Clip(part)} hold more than {max:N0} characters; a table of entries holds far fewer.");

    internal static string XlsxTooManyRows(string sheet, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"sheet {Clip(sheet)} has more than {max:N0} rows; a table of entries has a few hundred.");

    internal static string XlsxTooManyCells(string sheet, int row, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"row {row} of sheet {Clip(sheet)} reaches past column {max:N0} (XFD), the last column a sheet has.");

    internal static string XlsxTooManyCellsInAll(string sheet, int cells, int characters) =>
        string.Create(CultureInfo.InvariantCulture, $"the workbook holds more than {cells:N0} cells or {characters:N0} characters of cell text (reached in sheet {Clip(sheet)}); a table of entries holds far fewer.");

    internal static string XlsxBadRowNumber(string number, int previous) =>
        string.Create(CultureInfo.InvariantCulture, $"the row number '{Clip(number)}' is not a row after row {previous}; expected rows numbered 1 to 1,048,576 in increasing order.");

    internal static string XlsxBadCellReference(string reference, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"a cell of row {row} is referenced as '{Clip(reference)}'; expected a reference to a cell of row {row} such as B{row}.");

    internal static string XlsxCellOutOfOrder(string reference) =>
        $"the cell {Clip(reference)} comes after a cell to its right or appears twice; expected each row's cells left to right, once each.";

    internal static string XlsxBadSharedString(string index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"the cell points at shared string '{Clip(index)}', which does not exist (the workbook has {count:N0}, numbered from 0); the file is damaged.");

    // Quoted text from a file stays on the message's one line: control characters are shown escaped.
    internal static string Clip(string value)
    {
        string clipped = value.Length > 60 ? value[..57] + "..." : value;
        if (!clipped.Any(char.IsControl))
        {
            return clipped;
        }

        var sb = new System.Text.StringBuilder(clipped.Length + 8);
        foreach (char c in clipped)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
