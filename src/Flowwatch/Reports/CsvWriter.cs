using System.Globalization;
using System.Text;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// The one CSV writer of everything Flowwatch writes as CSV (the export's data package, <c>series</c> and <c>sources
/// --format csv</c>, the API's and the web's downloads, the report's chart data): RFC 4180 (a cell with a comma, a
/// quote or a line break is quoted, its quotes doubled; lines end with LF), numbers in the invariant culture, and every
/// text cell made safe for spreadsheets (<see cref="SpreadsheetText.Neutralise"/>): text from a file Flowwatch read
/// (a note, an outlet, a file name) never runs as a formula in the program that opens the CSV.
/// </summary>
internal sealed class CsvWriter
{
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    /// <summary>A CSV whose first line names the columns.</summary>
    /// <param name="columns">The column names.</param>
    public CsvWriter(params string[] columns)
    {
        foreach (string column in columns)
        {
            Text(column);
        }

        EndRow();
    }

    /// <summary>Adds a text cell: neutralised for spreadsheets, quoted where it must be; null is an empty cell.</summary>
    public CsvWriter Text(string? value)
    {
        string cell = SpreadsheetText.Neutralise(value ?? "");
        Separate();
        if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            _text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _text.Append(cell);
        }

        return this;
    }

    /// <summary>Adds a number cell, in the invariant culture (<c>13221</c>, <c>12.3</c>): never neutralised, a number is not a formula.</summary>
    public CsvWriter Number(decimal value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a whole-number cell.</summary>
    public CsvWriter Number(long value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Adds a row of text cells and ends it.</summary>
    public CsvWriter Row(params string?[] cells)
    {
        foreach (string? cell in cells)
        {
            Text(cell);
        }

        return EndRow();
    }

    /// <summary>Ends the row.</summary>
    public CsvWriter EndRow()
    {
        _text.Append('\n');
        _rowStarted = false;
        return this;
    }

    /// <summary>The CSV text.</summary>
    public override string ToString() => _text.ToString();

    private void Separate()
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
    }
}
