using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Samples;

/// <summary>
/// Lays out a table of entries by purpose of trip as the FSB / Rosstat publishes it (docs/formats.md): title
/// lines, a header of two merged rows («Страна», «Всего», «в том числе по целям поездки» over the purposes)
/// or of one row, country rows, a total row and footnotes.
/// </summary>
public sealed class FsbTableBuilder
{
    /// <summary>The purposes of the form in its column order, with the labels the form prints (footnote marks included).</summary>
    public static readonly (Purpose Purpose, string Label)[] FormColumns =
    [
        (Purpose.Official, "Служебная"),
        (Purpose.Business, "Деловая"),
        (Purpose.Tourism, "Туризм"),
        (Purpose.Private, "Частная"),
        (Purpose.Study, "Учеба¹"),
        (Purpose.Work, "Работа¹"),
        (Purpose.Residence, "ПМЖ"),
        (Purpose.Transit, "Транзит"),
        (Purpose.Crew, "Обслуживающий персонал"),
    ];

    public List<string> TitleLines { get; } = [];

    public bool TwoRowHeader { get; set; } = true;

    public string CountryLabel { get; set; } = "Страна";

    public string TotalLabel { get; set; } = "Всего";

    public List<(Purpose Purpose, string Label)> Columns { get; } = [.. FormColumns];

    /// <summary>Country rows: the label as printed and the cell texts by purpose (missing = blank).</summary>
    public List<(string Label, Dictionary<Purpose, string> Cells)> Rows { get; } = [];

    /// <summary>The label of the all-countries row, or null for none; its figures are the sums of the rows.</summary>
    public string? TotalRowLabel { get; set; } = "Всего";

    public List<string> Footnotes { get; } = [];

    public FsbTableBuilder AddRow(string label, IReadOnlyDictionary<Purpose, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Rows.Add((label, values.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture))));
        return this;
    }

    public FsbTableBuilder AddRawRow(string label, Dictionary<Purpose, string> cells)
    {
        Rows.Add((label, cells));
        return this;
    }

    public SheetSpec ToSheet(string sheetName = "Sheet1")
    {
        var sheet = new SheetSpec { SheetName = sheetName };
        int width = Columns.Count + 2;
        foreach (string line in TitleLines)
        {
            sheet.AddRow(Pad([line], width));
        }

        int header = sheet.Rows.Count + 1;
        if (TwoRowHeader)
        {
            sheet.AddRow(Pad([CountryLabel, TotalLabel, "в том числе по целям поездки"], width));
            sheet.AddRow(Pad(["", "", .. Columns.Select(c => c.Label)], width));
            string last = WorkbookWriter.Column(width - 1);
            sheet.Merges.Add($"A{header}:A{header + 1}");
            sheet.Merges.Add($"B{header}:B{header + 1}");
            sheet.Merges.Add($"C{header}:{last}{header}");
        }
        else
        {
            sheet.AddRow([CountryLabel, TotalLabel, .. Columns.Select(c => c.Label)]);
        }

        if (TotalRowLabel is not null)
        {
            var sums = new Dictionary<Purpose, long>();
            foreach ((_, Dictionary<Purpose, string> cells) in Rows)
            {
                foreach ((Purpose p, string text) in cells)
                {
                    if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
                    {
                        sums[p] = sums.GetValueOrDefault(p) + v;
                    }
                }
            }

            sheet.AddRow(RowCells(TotalRowLabel, sums.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture))));
        }

        foreach ((string label, Dictionary<Purpose, string> cells) in Rows)
        {
            sheet.AddRow(RowCells(label, cells));
        }

        foreach (string note in Footnotes)
        {
            sheet.AddRow(Pad([note], width));
        }

        return sheet;
    }

    private string[] RowCells(string label, Dictionary<Purpose, string> cells) =>
        [label, cells.GetValueOrDefault(Purpose.Total, ""), .. Columns.Select(c => cells.GetValueOrDefault(c.Purpose, ""))];

    private static string[] Pad(string[] cells, int width) => [.. cells, .. Enumerable.Repeat("", Math.Max(0, width - cells.Length))];
}
