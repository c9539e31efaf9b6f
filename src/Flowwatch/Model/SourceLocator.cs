using System.Globalization;

namespace Flowwatch.Model;

/// <summary>Where in a file a figure stands: a cell of a sheet (<c>Sheet1!F42</c>) or a line (<c>line 17</c>).</summary>
public readonly record struct SourceLocator
{
    private SourceLocator(string? sheet, string? cell, int line)
    {
        Sheet = sheet;
        Cell = cell;
        Line = line;
    }

    /// <summary>The sheet, for spreadsheets.</summary>
    public string? Sheet { get; }

    /// <summary>The cell reference (F42), for spreadsheets and tables.</summary>
    public string? Cell { get; }

    /// <summary>The 1-based line, for text files; 0 when not known.</summary>
    public int Line { get; }

    /// <summary>A line of a text file.</summary>
    public static SourceLocator AtLine(int line) => new(null, null, line);

    /// <summary>A cell of a sheet.</summary>
    public static SourceLocator AtCell(string sheet, string cell) => new(sheet, cell, 0);

    /// <summary>A cell of a text table: <c>line 17, column F</c>.</summary>
    public static SourceLocator AtLineCell(int line, string column) => new(null, column, line);

    /// <summary>Parses what <see cref="ToString"/> wrote.</summary>
    public static SourceLocator Parse(string text)
    {
        int bang = text.IndexOf('!', StringComparison.Ordinal);
        if (bang > 0)
        {
            return AtCell(text[..bang], text[(bang + 1)..]);
        }

        if (text.StartsWith("line ", StringComparison.Ordinal))
        {
            string rest = text[5..];
            int comma = rest.IndexOf(", column ", StringComparison.Ordinal);
            return comma > 0
                ? AtLineCell(int.Parse(rest[..comma], CultureInfo.InvariantCulture), rest[(comma + 9)..])
                : AtLine(int.Parse(rest, CultureInfo.InvariantCulture));
        }

        return default;
    }

    /// <summary><c>Sheet1!F42</c>, <c>line 17</c> or <c>line 17, column F</c>.</summary>
    public override string ToString() =>
        Sheet is not null ? $"{Sheet}!{Cell}"
        : Cell is not null ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Cell}")
        : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}")
        : "";
}
