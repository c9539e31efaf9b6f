namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// The last workbook a reader opened, by content hash: telling whether a workbook is the reader's format needs
/// its sheets, and reading it should not parse it a second time.
/// </summary>
internal sealed class WorkbookCache
{
    private readonly Lock _gate = new();
    private string? _sha256;
    private List<WorkbookSheet> _sheets = [];
    private string _problem = "";
    private bool _ok;

    /// <summary>
    /// The cache the workbook readers share, so that telling an .xlsx's format (each reader's <c>CanRead</c>) and
    /// reading it parse it once. It keeps the last workbook only.
    /// </summary>
    public static WorkbookCache Shared { get; } = new();

    /// <summary>Whether the file is named and starts as a workbook (<c>.xls</c>, <c>.xlsx</c>, <c>.xlsm</c>).</summary>
    public static bool HasWorkbookName(SourceFile file) =>
        ExcelWorkbook.LooksLikeWorkbook(file.Bytes)
        && (file.Name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file's sheets, read once.</summary>
    public bool TryGet(SourceFile file, out List<WorkbookSheet> sheets, out string problem)
    {
        lock (_gate)
        {
            if (_sha256 != file.Sha256)
            {
                _ok = ExcelWorkbook.TryRead(file.Bytes, out _sheets, out _problem);
                _sha256 = file.Sha256;
            }

            sheets = _sheets;
            problem = _problem;
            return _ok;
        }
    }
}
