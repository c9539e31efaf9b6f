namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// The bounds the workbook reader holds a file to, so that a small hostile file cannot cost much time or
/// memory (docs/formats.md, "Bounds"). A real FSB table is a few hundred rows of a dozen cells; every
/// bound is orders of magnitude above that and at or below Excel's own limits.
/// </summary>
public static class XlsxLimits
{
    /// <summary>The most parts (files) a workbook's zip may hold.</summary>
    public const int MaxParts = 10_000;

    /// <summary>The largest decompressed part in bytes (64 MiB): a larger one is a zip bomb or not the entries table.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most bytes all the XML parts of a workbook may inflate to together (256 MiB): every part is walked, so that a package damaged anywhere is refused, and ten thousand parts of 64 MiB must not cost a walk of 640 GB.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>The deepest XML nesting in a part: a worksheet needs 7 levels at most.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest shared string or cell text, in characters (Excel's own cell limit).</summary>
    public const int MaxTextLength = 32_767;

    /// <summary>The most shared-string characters in a workbook (8 Mi, 16 MiB in memory).</summary>
    public const int MaxSharedCharacters = 8 * 1024 * 1024;

    /// <summary>The most cells in one row (Excel's column limit, XFD).</summary>
    public const int MaxCellsPerRow = 16_384;

    /// <summary>The most rows in one sheet, counted while reading.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The most cells kept across the workbook, blanks between cells included.</summary>
    public const int MaxCells = 2_000_000;
}
