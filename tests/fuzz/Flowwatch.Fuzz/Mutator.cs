using System.IO.Compression;
using System.Text;

namespace Flowwatch.Fuzz;

/// <summary>
/// Seeded mutations of a sample file, of the kinds the damage campaign found harmful: cuts, stray quotes,
/// swapped header names, huge, negative and fractional numbers, doubled and dropped lines, stray bytes. A
/// workbook is mutated inside its XML parts (cell references, shared-string indexes, nesting) or as raw bytes; a
/// legacy .xls inside its cell records (a cell moved onto its neighbour, an error or a huge number where a count was).
/// </summary>
internal sealed class Mutator
{
    private static readonly string[] Numbers = ["0", "-1", "0.5", "1000000001", "79228162514264337593543950335", "1e9", "12 345", "NaN", "", "-", ":", "999999999999999999999"];
    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public byte[] Mutate(byte[] seed, bool workbook)
    {
        if (workbook && _random.Next(4) != 0)
        {
            return MutateWorkbook(seed);
        }

        if (seed.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) && _random.Next(4) != 0)
        {
            return MutateBiff(seed);
        }

        if (_random.Next(3) == 0)
        {
            return MutateBytes(seed);
        }

        // Mutate as text in the seed's own encoding: a Windows-1251 seed is handled as Latin-1 so that its bytes survive.
        Encoding encoding = System.Text.Unicode.Utf8.IsValid(seed) ? Encoding.UTF8 : Encoding.Latin1;
        return encoding.GetBytes(MutateText(encoding.GetString(seed)));
    }

    public byte[] MutateBytes(byte[] seed)
    {
        byte[] bytes = (byte[])seed.Clone();
        switch (_random.Next(3))
        {
            case 0:
                return bytes[.._random.Next(bytes.Length + 1)];
            case 1:
                for (int i = _random.Next(1, 6); i > 0 && bytes.Length > 0; i--)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                }

                return bytes;
            default:
                int at = _random.Next(bytes.Length + 1);
                return [.. bytes[..at], .. bytes[_random.Next(at, bytes.Length + 1)..]];
        }
    }

    public string MutateText(string text)
    {
        var lines = text.Split('\n').ToList();
        int line = _random.Next(lines.Count);
        switch (_random.Next(12))
        {
            case 0: // cut anywhere, often inside a field
                return text[.._random.Next(text.Length + 1)];
            case 1: // a stray quote
                return Insert(text, "\"");
            case 2: // swap two header names
                string[] names = lines[0].Split(lines[0].Contains('\t', StringComparison.Ordinal) ? '\t' : lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',');
                if (names.Length > 1)
                {
                    int a = _random.Next(names.Length), b = _random.Next(names.Length);
                    (names[a], names[b]) = (names[b], names[a]);
                    lines[0] = string.Join(lines[0].Contains('\t', StringComparison.Ordinal) ? "\t" : lines[0].Contains(';', StringComparison.Ordinal) ? ";" : ",", names);
                }

                break;
            case 3: // a number replaced by a hostile one
                return ReplaceNumber(text);
            case 4: // a line doubled
                lines.Insert(line, lines[line]);
                break;
            case 5: // a line dropped
                lines.RemoveAt(line);
                break;
            case 6: // two lines swapped
                int other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 7: // a newline inside a line
                return Insert(text, "\n");
            case 8: // a separator removed or added
                return Insert(text, _random.Next(2) == 0 ? "," : ";");
            case 9: // a control character or a character from another script
                return Insert(text, _random.Next(3) switch { 0 => "\0", 1 => "\u00A0", _ => "Ж" });
            case 10: // the final newline taken away, or a blank line added
                return _random.Next(2) == 0 ? text.TrimEnd('\n', '\r') : text + "\n\n";
            default: // several number changes at once
                for (int i = 0; i < 3; i++)
                {
                    text = ReplaceNumber(text);
                }

                return text;
        }

        return string.Join('\n', lines);
    }

    private string Insert(string text, string what)
    {
        int at = _random.Next(text.Length + 1);
        return text[..at] + what + text[at..];
    }

    private string ReplaceNumber(string text)
    {
        var starts = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return text;
        }

        int start = starts[_random.Next(starts.Count)];
        int end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return text[..start] + Numbers[_random.Next(Numbers.Length)] + text[end..];
    }

    private byte[] MutateWorkbook(byte[] seed)
    {
        using var input = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
        var parts = input.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (Name: e.FullName, Text: reader.ReadToEnd());
        }).ToList();
        int target = parts.FindIndex(p => p.Name.Contains(_random.Next(3) == 0 ? "sharedStrings" : "sheet1", StringComparison.Ordinal));
        if (target < 0)
        {
            target = _random.Next(parts.Count);
        }

        string xml = parts[target].Text;
        xml = _random.Next(5) switch
        {
            0 => Regex(xml, " r=\"([A-Z]+)([0-9]+)\"", m => $" r=\"{m.Groups[1].Value}{(_random.Next(2) == 0 ? "0" : m.Groups[2].Value + "0")}\""),
            1 => Regex(xml, "<v>([0-9]+)</v>", _ => $"<v>{Numbers[_random.Next(Numbers.Length)]}</v>"),
            2 => Regex(xml, "t=\"s\"><v>[0-9]+</v>", _ => "t=\"s\"><v>999</v>"),
            3 => Regex(xml, "<c ", _ => "<c t=\"e\" "),
            _ => MutateText(xml),
        };
        parts[target] = (parts[target].Name, xml);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    // A cell record of the compound file's workbook stream, found by its header where Excel wrote it (a FORMULA, NUMBER or
    // RK record of its usual length), changed as a damaged file would have it.
    public byte[] MutateBiff(byte[] seed)
    {
        var cells = new List<int>();
        for (int i = 512; i + 4 < seed.Length; i++)
        {
            int type = seed[i] | (seed[i + 1] << 8), size = seed[i + 2] | (seed[i + 3] << 8);
            if ((type == 0x0006 && size is >= 20 and <= 300) || (type == 0x0203 && size == 14) || (type == 0x027E && size == 10))
            {
                cells.Add(i);
            }
        }

        byte[] bytes = (byte[])seed.Clone();
        if (cells.Count == 0)
        {
            return MutateBytes(seed);
        }

        int at = cells[_random.Next(cells.Count)] + 4;
        int kind = bytes[at - 4];
        switch (_random.Next(4))
        {
            case 0: // the cell moved onto its left or right neighbour
                int column = bytes[at + 2] + (_random.Next(2) == 0 ? -1 : 1);
                bytes[at + 2] = (byte)Math.Clamp(column, 0, 255);
                break;
            case 1 when kind == 0x06: // a formula whose cached result is #REF!
                bytes[at + 6] = 2;
                bytes[at + 8] = 0x17;
                bytes[at + 12] = 0xFF;
                bytes[at + 13] = 0xFF;
                break;
            case 1 or 2 when kind is 0x06 or 0x03: // a cached or stored number of 10^10, or one half
                BitConverter.TryWriteBytes(bytes.AsSpan(at + 6, 8), _random.Next(2) == 0 ? 1e10 : 0.5);
                break;
            default: // the row moved by one
                bytes[at] = (byte)(bytes[at] + 1);
                break;
        }

        return bytes;
    }

    // Replaces one match, chosen at random, of the pattern.
    private string Regex(string text, string pattern, Func<System.Text.RegularExpressions.Match, string> replace)
    {
        var matches = System.Text.RegularExpressions.Regex.Matches(text, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (matches.Count == 0)
        {
            return MutateText(text);
        }

        System.Text.RegularExpressions.Match m = matches[_random.Next(matches.Count)];
        return text[..m.Index] + replace(m) + text[(m.Index + m.Length)..];
    }
}
