using System.IO.Compression;
using System.Text;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// The hostile reproducers: the small ones shipped in Fixtures/hostile (copied from the project's damage
/// campaign, none is real data), the large ones made here so that the repository stays small.
/// </summary>
internal static class HostileFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>A tidy CSV whose header is followed by one line of <paramref name="length"/> characters.</summary>
    public static byte[] LongLine(int length)
    {
        var sb = new StringBuilder(length + 100);
        sb.Append("dataset,reporter,partner,breakdown,period,value\n");
        sb.Append('x', length);
        sb.Append('\n');
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A workbook whose one sheet has <paramref name="rows"/> rows of one number each (2 M rows is about 14 MB).</summary>
    public static byte[] ManyRows(int rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            ZipArchiveEntry sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false));
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            for (int r = 1; r <= rows; r++)
            {
                writer.Write("<row r=\"");
                writer.Write(r);
                writer.Write("\"><c r=\"A");
                writer.Write(r);
                writer.Write("\"><v>");
                writer.Write(r % 1000);
                writer.Write("</v></c></row>");
            }

            writer.Write("</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
