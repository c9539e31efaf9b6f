using System.Globalization;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// What a walk of a workbook's own records says of its cells, beside ExcelDataReader's reading: the cells that hold
/// an error value, a boolean, a date or a number whose stored text is none (by sheet, 1-based row and 0-based column),
/// and the damaged cells each sheet must be refused for. Made from <see cref="XlsxWorkbook.Walk"/> for an .xlsx and <see cref="XlsCellRecords"/> for an .xls.
/// </summary>
internal sealed class CellChecks
{
    private readonly Dictionary<(string Sheet, int Row, int Column), (CellKind Kind, string Text)> _special = [];
    private readonly Dictionary<string, List<(string Where, string Message)>> _damage = new(StringComparer.Ordinal);

    private CellChecks()
    {
    }

    /// <summary>From the streaming walk of an .xlsx: its cells' kinds and the damage it reported, each named by its sheet.</summary>
    public static CellChecks OfXlsx(IReadOnlyList<TableGrid> sheets, IReadOnlyList<Diagnostic> damage)
    {
        var checks = new CellChecks();
        foreach (TableGrid grid in sheets)
        {
            foreach (TableRow row in grid.Rows)
            {
                for (int c = 0; c < row.Cells.Count; c++)
                {
                    // A numeric cell whose stored text is no number (<v>1,5</v>) is given by ExcelDataReader as one (15):
                    // it keeps the text, for the number rule to refuse.
                    CellKind kind = row.KindOf(c);
                    if (kind is CellKind.Error or CellKind.Boolean or CellKind.Date
                        || (kind == CellKind.Number && row[c].Trim().Length > 0 && !NumberGrammar.Stored.TryParse(row[c], out _)))
                    {
                        checks._special[((grid.Sheet ?? "").Trim(), row.Number, c)] = (kind, row[c]);
                    }
                }
            }
        }

        foreach (Diagnostic d in damage.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            int bang = d.Location.LastIndexOf('!');
            checks.Add(bang > 0 ? d.Location[..bang].Trim() : "", d.Location, d.Message);
        }

        return checks;
    }

    /// <summary>From the walk of an .xls's cell records: its error cells and the positions two records claim.</summary>
    public static CellChecks OfXls(IReadOnlyDictionary<string, XlsSheetDamage> sheets)
    {
        var checks = new CellChecks();
        foreach ((string sheet, XlsSheetDamage damage) in sheets)
        {
            foreach (((int row, int column), string text) in damage.Errors)
            {
                checks._special[(sheet, row + 1, column)] = (CellKind.Error, text);
            }

            foreach ((int row, int column) in damage.Doubled)
            {
                string cell = ColumnLetters.Of(column) + (row + 1).ToString(CultureInfo.InvariantCulture);
                checks.Add(sheet, $"{sheet}!{cell}", SourceMessages.XlsxCellOutOfOrder(cell));
            }
        }

        return checks;
    }

    /// <summary>What a cell holds where it is not what ExcelDataReader gives (an error value it gives as blank); null otherwise.</summary>
    public (CellKind Kind, string Text)? Special(string sheet, int row, int column) =>
        _special.TryGetValue((sheet, row, column), out var special) ? special : null;

    /// <summary>The damaged cells of a sheet.</summary>
    public IReadOnlyList<(string Where, string Message)> DamageOf(string sheet) =>
        _damage.TryGetValue(sheet, out var list) ? list : [];

    private void Add(string sheet, string where, string message)
    {
        if (!_damage.TryGetValue(sheet, out var list))
        {
            _damage[sheet] = list = [];
        }

        list.Add((where, message));
    }
}
