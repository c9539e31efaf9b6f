namespace Flowwatch.Reports;

/// <summary>Writes a CSV cell as RFC 4180 wants it: quoted, with its quotes doubled, when it holds a comma, a quote or a line break.</summary>
internal static class CsvCell
{
    public static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
