namespace Flowwatch.Sources.Formats;

/// <summary>
/// What a table cell holds, as its file typed it: a CSV cell is always text as displayed; a workbook cell is text, a
/// number stored in the machine's own notation, or a boolean, an error value (<c>#REF!</c>) or a date, none of which
/// is a count.
/// </summary>
internal enum CellKind
{
    /// <summary>Text as a person reads it: a CSV cell, a workbook's string cell.</summary>
    Text,

    /// <summary>A workbook's numeric cell: the number as XML Schema writes it (<c>806</c>, <c>12.3</c>, <c>1.2E3</c>).</summary>
    Number,

    /// <summary>A workbook's boolean cell (TRUE, FALSE).</summary>
    Boolean,

    /// <summary>A workbook's error cell (<c>#REF!</c>, <c>#DIV/0!</c>).</summary>
    Error,

    /// <summary>A workbook's date cell.</summary>
    Date,
}
