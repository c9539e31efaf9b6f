using System.Text.RegularExpressions;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// A footnote printed under a table («1) Данные уточнены в связи с внесением изменений в ... методологию ...»): its
/// mark, its text and the cell that holds it. A header or label carrying the mark («Январь-март 20201)») puts the cells
/// under it in the footnote's scope; the figures read from them carry the footnote in their note.
/// </summary>
/// <param name="Mark">The mark as printed: <c>1)</c>, <c>*</c>.</param>
/// <param name="Text">The footnote's text, without its mark.</param>
/// <param name="Where">The cell that holds it.</param>
internal sealed partial record WorkbookFootnote(string Mark, string Text, SourceLocator Where)
{
    /// <summary>The footnotes printed in a sheet, by mark.</summary>
    public static IReadOnlyDictionary<string, WorkbookFootnote> In(WorkbookSheet sheet)
    {
        var notes = new Dictionary<string, WorkbookFootnote>(StringComparer.Ordinal);
        foreach (TableRow row in sheet.Rows)
        {
            for (int c = 0; c < row.Cells.Count; c++)
            {
                Match m = FootnoteText().Match(row[c]);
                if (m.Success)
                {
                    notes.TryAdd(m.Groups["mark"].Value, new WorkbookFootnote(m.Groups["mark"].Value, m.Groups["text"].Value.Trim(), sheet.Grid.Locate(row, c)));
                }
            }
        }

        return notes;
    }

    /// <summary>The footnote mark glued to a header's end («Январь-март 20201)», «Всего*»), or null.</summary>
    public static string? MarkOf(string header)
    {
        Match m = TrailingMark().Match(header.TrimEnd());
        return m.Success ? m.Groups["mark"].Value : null;
    }

    /// <summary>The note a figure under the mark carries: the footnote quoted with where it is printed.</summary>
    public string Note => $"Footnote {Mark} ({Where}): {Text}";

    // A footnote is a line that starts with its mark and says something (a sentence, not a stray number).
    [GeneratedRegex(@"^\s*(?<mark>\d{1,2}\)|\*{1,3})\s*(?<text>\p{L}.{19,})$", RegexOptions.Singleline)]
    private static partial Regex FootnoteText();

    // "20201)": a mark after a four-digit year; "Всего*", "Всего 1)": after a word.
    [GeneratedRegex(@"(?:(?<=\d{4})|(?<=\p{L})\s?)(?<mark>\d\)|\*{1,3})$")]
    private static partial Regex TrailingMark();
}
