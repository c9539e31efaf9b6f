using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// What ExcelDataReader does not say about a legacy <c>.xls</c> (BIFF8) workbook's cells: which hold an error value
/// (<c>#REF!</c>, as a cell or as a formula's cached result; ExcelDataReader gives such a cell as blank) and which
/// position two cell records claim (ExcelDataReader keeps the last in silence). It walks the compound file's
/// <c>Workbook</c> stream record by record and reads only each cell record's position and error flag, never a value:
/// the values are ExcelDataReader's. Every sector chain and the record count are bounded, so a damaged or hostile
/// file costs at most a walk of its own bytes.
/// </summary>
/// <remarks>Layouts: [MS-CFB] (sectors, FAT, directory) and [MS-XLS] 2.4 (BOF, BOUNDSHEET, CODEPAGE, the cell records).</remarks>
internal static class XlsCellRecords
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxRecords = 10_000_000;

    /// <summary>The error values and doubled positions of each worksheet, by the sheet's name.</summary>
    /// <param name="bytes">The compound file.</param>
    /// <param name="problem">Why the records could not be walked (the file is damaged); null when they were.</param>
    public static Dictionary<string, XlsSheetDamage> Walk(byte[] bytes, out string? problem)
    {
        var sheets = new Dictionary<string, XlsSheetDamage>(StringComparer.Ordinal);
        problem = null;
        byte[]? stream = WorkbookStream(bytes, out problem);
        if (stream is null)
        {
            return sheets;
        }

        var names = new Dictionary<uint, string>();
        Encoding codePage = Encoding.Latin1;
        XlsSheetDamage? current = null;
        HashSet<(int Row, int Column)> seen = [];
        int depth = 0;
        int records = 0;
        for (int at = 0; at + 4 <= stream.Length;)
        {
            int type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            int size = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (at + 4 + size > stream.Length || ++records > MaxRecords)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"a record at offset {at} of the Workbook stream runs past its end");
                return sheets;
            }

            ReadOnlySpan<byte> data = stream.AsSpan(at + 4, size);
            switch (type)
            {
                case 0x0809 when data.Length >= 4: // BOF: a substream starts; a worksheet's is named by its BOUNDSHEET
                    depth++;
                    if (depth == 1 && BinaryPrimitives.ReadUInt16LittleEndian(data[2..]) == 0x0010 && names.TryGetValue((uint)at, out string? name))
                    {
                        current = sheets.TryGetValue(name, out XlsSheetDamage? known) ? known : sheets[name] = new XlsSheetDamage();
                        seen = [];
                    }

                    break;
                case 0x000A: // EOF
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0)
                    {
                        current = null;
                    }

                    break;
                case 0x0042 when data.Length >= 2: // CODEPAGE: how 8-bit sheet names are encoded
                    codePage = EncodingOf(BinaryPrimitives.ReadUInt16LittleEndian(data));
                    break;
                case 0x0085 when data.Length >= 8: // BOUNDSHEET: a sheet's name and where its BOF is
                    names[BinaryPrimitives.ReadUInt32LittleEndian(data)] = SheetName(data[6..], codePage);
                    break;
                default:
                    if (current is not null && depth == 1)
                    {
                        Cell(type, data, current, seen);
                    }

                    break;
            }

            at += 4 + size;
        }

        return sheets;
    }

    // The cell records and the positions they claim; BOOLERR and FORMULA say whether the value is an error.
    private static void Cell(int type, ReadOnlySpan<byte> data, XlsSheetDamage sheet, HashSet<(int, int)> seen)
    {
        if (data.Length < 6)
        {
            return;
        }

        int row = BinaryPrimitives.ReadUInt16LittleEndian(data);
        int column = BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
        switch (type)
        {
            case 0x0203 or 0x027E or 0x00FD or 0x0204 or 0x0201: // NUMBER, RK, LABELSST, LABEL, BLANK
                Claim(sheet, seen, row, column);
                break;
            case 0x0205 when data.Length >= 8: // BOOLERR: fError set means bBoolErr is an error code
                Claim(sheet, seen, row, column);
                if (data[7] == 1)
                {
                    sheet.Errors[(row, column)] = ErrorText(data[6]);
                }

                break;
            case 0x0006 when data.Length >= 14: // FORMULA: a cached result whose last two bytes are FFFF is not a number; type 2 is an error
                Claim(sheet, seen, row, column);
                if (data[12] == 0xFF && data[13] == 0xFF && data[6] == 2)
                {
                    sheet.Errors[(row, column)] = ErrorText(data[8]);
                }

                break;
            case 0x00BD or 0x00BE: // MULRK, MULBLANK: a run of cells, the last column in the last two bytes
                int last = BinaryPrimitives.ReadUInt16LittleEndian(data[^2..]);
                for (int c = column; c <= last && c - column < 256; c++)
                {
                    Claim(sheet, seen, row, c);
                }

                break;
        }
    }

    private static void Claim(XlsSheetDamage sheet, HashSet<(int, int)> seen, int row, int column)
    {
        if (!seen.Add((row, column)))
        {
            sheet.Doubled.Add((row, column));
        }
    }

    private static string ErrorText(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        _ => "#ERROR",
    };

    // ShortXLUnicodeString: a length, a flag (bit 0: two bytes a character), the characters.
    private static string SheetName(ReadOnlySpan<byte> data, Encoding codePage)
    {
        if (data.Length < 2)
        {
            return "";
        }

        int length = data[0];
        bool wide = (data[1] & 1) == 1;
        ReadOnlySpan<byte> chars = data[2..];
        int bytes = Math.Min(chars.Length, wide ? length * 2 : length);
        return (wide ? Encoding.Unicode.GetString(chars[..bytes]) : codePage.GetString(chars[..bytes])).Trim();
    }

    private static Encoding EncodingOf(int codePage)
    {
        try
        {
            return codePage == 1200 ? Encoding.Unicode : Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }

    // [MS-CFB]: the header names the FAT's sectors and the directory's first; the Workbook stream is a directory entry
    // whose sectors chain through the FAT (a stream under the 4,096-byte cutoff would sit in the mini stream, which no
    // workbook stream does; such a file is not walked).
    private static byte[]? WorkbookStream(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length < 512 || BinaryPrimitives.ReadUInt64LittleEndian(bytes) != 0xE11AB1A1E011CFD0)
        {
            problem = "not a compound file";
            return null;
        }

        int shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            problem = "the compound file's sector size is neither 512 nor 4,096 bytes";
            return null;
        }

        int sectorSize = 1 << shift;
        int sectors = (bytes.Length / sectorSize) - 1;
        var fatSectors = new List<uint>();
        for (int i = 0; i < 109; i++)
        {
            uint s = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x4C + (i * 4)));
            if (s < (uint)sectors)
            {
                fatSectors.Add(s);
            }
        }

        // More FAT sectors are listed in DIFAT sectors, each ending with the next one's number.
        uint difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x44));
        for (int hops = 0; difat < (uint)sectors && hops < sectors; hops++)
        {
            int offset = (int)(difat + 1) * sectorSize;
            for (int i = 0; i < (sectorSize / 4) - 1; i++)
            {
                uint s = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + (i * 4)));
                if (s < (uint)sectors)
                {
                    fatSectors.Add(s);
                }
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + sectorSize - 4));
        }

        var fat = new uint[fatSectors.Count * (sectorSize / 4)];
        for (int f = 0; f < fatSectors.Count; f++)
        {
            int offset = (int)(fatSectors[f] + 1) * sectorSize;
            for (int i = 0; i < sectorSize / 4; i++)
            {
                fat[(f * (sectorSize / 4)) + i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + (i * 4)));
            }
        }

        byte[]? directory = Chain(bytes, fat, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30)), sectorSize, sectors, long.MaxValue);
        if (directory is null)
        {
            problem = "the compound file's directory chain is broken";
            return null;
        }

        uint cutoff = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x38));
        for (int e = 0; e + 128 <= directory.Length; e += 128)
        {
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(e + 0x40));
            string name = nameLength is >= 2 and <= 64 ? Encoding.Unicode.GetString(directory, e, nameLength - 2) : "";
            if (directory[e + 0x42] != 2 || name is not ("Workbook" or "Book"))
            {
                continue;
            }

            uint start = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(e + 0x74));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(e + 0x78));
            if (size < cutoff)
            {
                problem = "the Workbook stream is too small to be a workbook";
                return null;
            }

            byte[]? stream = Chain(bytes, fat, start, sectorSize, sectors, size);
            if (stream is null)
            {
                problem = "the Workbook stream's sector chain is broken";
            }

            return stream;
        }

        problem = "the compound file has no Workbook stream";
        return null;
    }

    // A chain of sectors through the FAT, at most as many as the file has (a loop is a broken chain), cut to its size.
    private static byte[]? Chain(byte[] bytes, uint[] fat, uint start, int sectorSize, int sectors, long size)
    {
        using var buffer = new MemoryStream();
        uint sector = start;
        for (int hops = 0; sector != EndOfChain; hops++)
        {
            if (sector >= (uint)sectors || sector >= (uint)fat.Length || hops > sectors)
            {
                return null;
            }

            buffer.Write(bytes, (int)(sector + 1) * sectorSize, sectorSize);
            if (buffer.Length >= size)
            {
                break;
            }

            sector = fat[sector];
        }

        if (size != long.MaxValue && buffer.Length < size)
        {
            return null;
        }

        byte[] all = buffer.ToArray();
        return size == long.MaxValue ? all : all[..(int)size];
    }
}
