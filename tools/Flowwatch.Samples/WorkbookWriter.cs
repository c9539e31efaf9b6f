using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flowwatch.Samples;

/// <summary>Writes a <see cref="SheetSpec"/> as an .xlsx workbook with shared strings and merged cells.</summary>
public static class WorkbookWriter
{
    public static byte[] Write(SheetSpec sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (SpreadsheetDocument doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var data = new SheetData();
            for (int r = 0; r < sheet.Rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                string[] cells = sheet.Rows[r];
                for (int c = 0; c < cells.Length; c++)
                {
                    string text = cells[c];
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    string reference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                    }
                    else
                    {
                        if (!index.TryGetValue(text, out int i))
                        {
                            i = strings.Count;
                            strings.Add(text);
                            index.Add(text, i);
                        }

                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) });
                    }
                }

                data.Append(row);
            }

            WorksheetPart part = workbook.AddNewPart<WorksheetPart>();
            var worksheet = new Worksheet(data);
            if (sheet.Merges.Count > 0)
            {
                var merges = new MergeCells();
                foreach (string range in sheet.Merges)
                {
                    merges.Append(new MergeCell { Reference = range });
                }

                worksheet.InsertAfter(merges, data);
            }

            part.Worksheet = worksheet;
            SharedStringTablePart sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheet.SheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static string Column(int index)
    {
        string s = "";
        int n = index + 1;
        while (n > 0)
        {
            int rem = (n - 1) % 26;
            s = (char)('A' + rem) + s;
            n = (n - 1) / 26;
        }

        return s;
    }
}
