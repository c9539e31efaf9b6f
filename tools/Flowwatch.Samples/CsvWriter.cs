using System.Text;

namespace Flowwatch.Samples;

/// <summary>Writes a <see cref="SheetSpec"/> as a delimited text export, the way Excel saves "CSV (;)".</summary>
public static class CsvWriter
{
    static CsvWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ToText(SheetSpec sheet, char separator = ';')
    {
        ArgumentNullException.ThrowIfNull(sheet);
        int width = sheet.Rows.Max(r => r.Length);
        var sb = new StringBuilder();
        foreach (string[] row in sheet.Rows)
        {
            for (int c = 0; c < width; c++)
            {
                if (c > 0)
                {
                    sb.Append(separator);
                }

                string text = c < row.Length ? row[c] ?? "" : "";
                bool quote = text.Contains(separator, StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal);
                sb.Append(quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text);
            }

            sb.Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>The text in UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), or in Windows-1251 (Excel's "CSV" on a Russian system).</summary>
    public static byte[] ToBytes(SheetSpec sheet, bool windows1251 = false, char separator = ';')
    {
        string text = ToText(sheet, separator);
        if (windows1251)
        {
            // Windows-1251 has no superscript digits: footnote marks become '*', as such exports print them.
            Encoding cp1251 = Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return cp1251.GetBytes(text.Replace('¹', '*').Replace('²', '*'));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }
}
