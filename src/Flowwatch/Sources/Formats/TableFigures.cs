namespace Flowwatch.Sources.Formats;

/// <summary>
/// Reads the figure in a cell of a published table, the one rule of every table reader (the FSB table as CSV and
/// workbook, the MVD and Rosstat workbooks): a cell that says no figure is published gives none; a workbook's numeric
/// cell is read as the machine stored it; text is read in the format's displayed grammar; a boolean, an error value or
/// a date is an error naming the cell; and the figure is checked against its unit (<see cref="FigureUnit"/>).
/// </summary>
internal static class TableFigures
{
    /// <summary>Whether a text cell says that no figure is published: blank, a dash, an ellipsis, «х», «н/д».</summary>
    /// <remarks>Russian tables print a dash, an ellipsis or nothing where a figure is not published (Rosstat's own
    /// convention uses a dash for "no cases"; Flowwatch records no zero it was not shown).</remarks>
    public static bool IsNotPublished(string cell)
    {
        string s = cell.Trim();
        return s.Length == 0 || s is "-" or "–" or "—" or "…" or "..." or "x" or "х" or "X" or "Х" or "н/д";
    }

    /// <summary>
    /// The number at a cell, read as its kind and the format's grammar say, without asking what it counts: for totals
    /// and sums that are checked, not stored. False where no number is published or the cell holds none.
    /// </summary>
    public static bool TryValue(TableRow row, int column, NumberGrammar displayed, out decimal value)
    {
        value = 0;
        CellKind kind = row.KindOf(column);
        return kind is CellKind.Text or CellKind.Number && !IsNotPublished(row[column])
            && (kind == CellKind.Number ? NumberGrammar.Stored : displayed).TryParse(row[column], out value);
    }

    /// <summary>Reads the figure at a cell.</summary>
    /// <param name="grid">The table, to name the cell.</param>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="what">The cell in words, for messages ("the study cell").</param>
    /// <param name="displayed">How the format writes numbers as text.</param>
    /// <param name="unit">What the figure counts.</param>
    /// <param name="sink">Where a problem goes.</param>
    /// <param name="value">The figure, or null where none is published.</param>
    /// <returns>False when the cell holds no figure it may hold (reported).</returns>
    public static bool TryRead(TableGrid grid, TableRow row, int column, string what, NumberGrammar displayed, FigureUnit unit, DiagnosticSink sink, out decimal? value)
    {
        value = null;
        string raw = row[column];
        CellKind kind = row.KindOf(column);
        if (kind is CellKind.Text or CellKind.Number && IsNotPublished(raw))
        {
            return true;
        }

        string where = grid.Locate(row, column).ToString();
        if (kind is CellKind.Boolean or CellKind.Error or CellKind.Date)
        {
            sink.Error(SourceMessages.BadCellCode, where, SourceMessages.CellNotANumber(what, kind, raw, unit.Expected));
            return false;
        }

        NumberGrammar grammar = kind == CellKind.Number ? NumberGrammar.Stored : displayed;
        switch (grammar.Read(raw, unit, out decimal figure))
        {
            case NumberProblem.NotInGrammar:
                sink.Error(SourceMessages.BadCellCode, where, SourceMessages.NotInGrammar(what, raw, grammar.Expected(unit) + ", or '-' or nothing where no figure is published"));
                return false;
            case NumberProblem.NotAFigure:
                sink.Error(SourceMessages.NotACountCode, where, SourceMessages.NotAFigure(what, raw, unit.Expected));
                return false;
            default:
                value = figure;
                return true;
        }
    }
}
