using System.Globalization;

namespace Flowwatch.Sources;

/// <summary>The readers' messages and codes, in one place so that tests can assert on them.</summary>
public static class SourceMessages
{
    internal static string FileMissing(string path) => $"{path}: no such file.";

    internal static string FileTooLarge(string path, long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}: {bytes:N0} bytes is larger than the {SourceFile.MaxBytes:N0} bytes Flowwatch reads; split the file.");

    internal static string UnknownFormat(string name) =>
        $"{name}: not a format Flowwatch reads (Flowwatch tidy CSV, the FSB entries table as XLSX or CSV, Eurostat migr_resfirst as SDMX-CSV or TSV, a sources.csv citation list); see docs/formats.md.";

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

    /// <summary>Too many problems; the rest are not listed.</summary>
    public const string TooManyCode = "FW099";

    internal static string Empty => "the file is empty; expected a header line and at least one row.";

    internal static string NotUtf8(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8.");

    internal static string MissingColumn(string column, IEnumerable<string> found) =>
        $"the header has no '{column}' column (found: {string.Join(", ", found)}).";

    internal static string BadCell(string column, string value, string expected) =>
        $"column '{column}' holds '{Clip(value)}'; expected {expected}.";

    internal static string Duplicate(string key, string period, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{key} {period} appears again (first at line {firstLine}); a file states each figure once.");

    internal static string UnknownCitation(string id) =>
        $"the citation '{id}' is not in the sources list beside the file.";

    internal static string RowShape(int found, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"the row has {found} cells; the header has {expected}.");

    internal static string NoRows => "the file has a header but no figures.";

    internal static string TooMany(int shown) =>
        string.Create(CultureInfo.InvariantCulture, $"more problems follow; the first {shown} are listed.");

    internal static string Clip(string value) => value.Length > 60 ? value[..57] + "..." : value;
}
