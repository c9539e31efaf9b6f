using System.Text;

namespace Flowwatch.Sources.Workbooks;

/// <summary>Spreadsheet column letters (A, B, ..., Z, AA) for a 0-based column index, and back.</summary>
internal static class ColumnLetters
{
    public static string Of(int index)
    {
        var sb = new StringBuilder(3);
        int n = index + 1;
        while (n > 0)
        {
            int rem = (n - 1) % 26;
            sb.Insert(0, (char)('A' + rem));
            n = (n - 1) / 26;
        }

        return sb.ToString();
    }

    /// <summary>The 0-based column of a cell reference such as <c>F42</c>; -1 when it has no letters.</summary>
    public static int IndexOf(ReadOnlySpan<char> reference)
    {
        int index = 0;
        int letters = 0;
        foreach (char c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            // A sheet has at most 16,384 columns (XFD); longer letter runs are not cell references.
            if (++letters > 3)
            {
                return -1;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return letters == 0 ? -1 : index - 1;
    }
}
