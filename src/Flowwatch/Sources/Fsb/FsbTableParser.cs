using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.RussianTables;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Fsb;

/// <summary>
/// Turns the FSB / Rosstat table of entries by purpose of trip, once laid out as a <see cref="TableGrid"/>,
/// into observations. Shared by the XLSX and CSV readers so that both read the same layout the same way:
/// title lines, a header of one or two rows found by its labels, then one row per country of citizenship.
/// </summary>
internal static class FsbTableParser
{
    /// <summary>The dataset the table's figures belong to.</summary>
    public static readonly DatasetId Dataset = DatasetId.Parse("ru-fsb-entries-by-purpose");

    /// <summary>Who publishes the table.</summary>
    public const string Publisher = "FSB Border Service (via Rosstat EMISS)";

    internal const int MaxHeaderSearchRows = 40;

    // Whole trips, the unit of the dataset; the table's text is Russian as displayed (thousands grouped by spaces).
    private static readonly FigureUnit Unit = FigureUnit.Of(Dataset);

    private static readonly Country Reporter = Country.Parse("RU");

    public static List<Observation> Parse(TableGrid grid, SourceDocument document, string fileName, DiagnosticSink sink)
    {
        var observations = new List<Observation>();
        FsbLabels labels = FsbLabels.Default;
        IReadOnlyList<TableRow> rows = grid.Rows;

        (int headerIndex, int countryCol) = FindHeader(rows, labels);
        if (headerIndex < 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, "", SourceMessages.FsbNoHeader(labels.PurposeLabels));
            return observations;
        }

        List<int> headerRows = HeaderRows(rows, headerIndex, countryCol);
        Dictionary<int, Purpose> columns = MapColumns(grid, rows, headerRows, countryCol, labels, sink);
        // Rows refused for their shape, and the row that numbers the columns («А | 1 | 2 ...»): no figures are read from them.
        HashSet<int> misshapen = grid.IsText ? CheckWidths(grid, rows, headerIndex, sink) : [];
        if (countryCol < 0)
        {
            countryCol = Enumerable.Range(0, rows[headerIndex].Cells.Count).FirstOrDefault(c => !columns.ContainsKey(c), -1);
        }

        if (columns.Count == 0 || countryCol < 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, grid.LocateRow(rows[headerIndex]), SourceMessages.FsbNoPurposeColumns(HeaderTexts(rows, headerRows), labels.PurposeLabels));
            return observations;
        }

        Period period = FindPeriod(rows.Take(headerIndex).ToList(), fileName, grid, sink, out bool periodFound);
        if (!periodFound)
        {
            return observations;
        }

        int firstData = headerRows[^1] + 1;
        if (firstData < rows.Count && IsColumnNumbering(rows[firstData], columns.Keys, rows[firstData][countryCol].Trim()))
        {
            misshapen.Add(firstData);
        }

        CheckUnlabelledFigures(grid, rows, firstData, countryCol, columns, misshapen, sink);
        var totals = new Dictionary<int, (long Value, SourceLocator Where)>();
        var sums = new Dictionary<int, long>();
        var seen = new Dictionary<Country, int>();
        for (int r = firstData; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (row.IsBlank || misshapen.Contains(r))
            {
                continue;
            }

            string label = row[countryCol].Trim();
            bool hasFigures = columns.Keys.Any(c => !TableFigures.IsNotPublished(row[c]));
            if (label.Length == 0)
            {
                if (hasFigures)
                {
                    sink.Error(SourceMessages.BadCellCode, grid.Locate(row, countryCol).ToString(), SourceMessages.FsbNoCountry);
                }

                continue;
            }

            if (labels.Is(label, FsbLabelRole.TotalRow))
            {
                foreach ((int col, _) in columns)
                {
                    if (TryCount(grid, row, col, columns[col], sink, out long? total) && total is long t)
                    {
                        totals[col] = (t, grid.Locate(row, col));
                    }
                }

                continue;
            }

            if (labels.Is(label, FsbLabelRole.AggregateRow) || labels.Is(label, FsbLabelRole.CountryColumn))
            {
                continue;
            }

            CountryMatch match = CountryNames.Default.Match(label);
            if (match.IsAmbiguous)
            {
                sink.Error(SourceMessages.UnknownCountryCode, grid.Locate(row, countryCol).ToString(), SourceMessages.AmbiguousCountry(label, match));
                continue;
            }

            if (!match.IsFound)
            {
                if (hasFigures)
                {
                    sink.Error(SourceMessages.UnknownCountryCode, grid.Locate(row, countryCol).ToString(), SourceMessages.FsbUnknownCountry(label));
                }

                // A line of text under the table (a footnote, a source line) carries no figures.
                continue;
            }

            Country partner = match.Country;
            if (seen.TryGetValue(partner, out int firstRow))
            {
                sink.Error(SourceMessages.DuplicateCode, grid.Locate(row, countryCol).ToString(), SourceMessages.FsbDuplicateCountry(label, partner, firstRow));
                continue;
            }

            seen.Add(partner, row.Number);
            if (!hasFigures)
            {
                // The FSB leaves a row blank rather than dropping it (the DPRK row from 2025-Q2 on).
                sink.Warning(SourceMessages.BlankRowCode, grid.LocateRow(row), SourceMessages.FsbBlankRow(label, partner, period));
                continue;
            }

            long? rowTotal = null;
            long purposeSum = 0;
            int before = sink.ErrorCount;
            var rowObservations = new List<Observation>();
            foreach ((int col, Purpose purpose) in columns)
            {
                if (!TryCount(grid, row, col, purpose, sink, out long? count) || count is not long value)
                {
                    continue;
                }

                sums[col] = checked(sums.GetValueOrDefault(col) + value);
                if (purpose == Purpose.Total)
                {
                    rowTotal = value;
                }
                else
                {
                    purposeSum = checked(purposeSum + value);
                }

                var key = new SeriesKey(Dataset, Reporter, partner, Breakdown.Of(purpose));
                rowObservations.Add(new Observation(key, period, value, ObservationFlag.AsPublished, new Provenance(document, grid.Locate(row, col), [])));
            }

            if (sink.ErrorCount > before)
            {
                continue;
            }

            if (rowTotal is long rt && purposeSum > rt)
            {
                sink.Warning(SourceMessages.InconsistentCode, grid.LocateRow(row), SourceMessages.FsbPurposesExceedTotal(label, purposeSum, rt));
            }

            observations.AddRange(rowObservations);
        }

        foreach ((int col, (long total, SourceLocator where)) in totals)
        {
            if (sums.TryGetValue(col, out long sum) && sum > total)
            {
                sink.Warning(SourceMessages.InconsistentCode, where.ToString(), SourceMessages.FsbRowsExceedTotal(columns[col], sum, total));
            }
        }

        if (sink.ErrorCount == 0 && observations.Count == 0)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
        }

        return observations;
    }

    private static (int HeaderIndex, int CountryCol) FindHeader(IReadOnlyList<TableRow> rows, FsbLabels labels)
    {
        for (int i = 0; i < rows.Count && i < MaxHeaderSearchRows; i++)
        {
            IReadOnlyList<string> cells = rows[i].Cells;
            for (int c = 0; c < cells.Count; c++)
            {
                if (labels.Is(cells[c], FsbLabelRole.CountryColumn))
                {
                    return (i, c);
                }
            }

            if (cells.Count(cell => labels.TryGetPurpose(cell, out _)) >= 2)
            {
                return (i, -1);
            }
        }

        return (-1, -1);
    }

    // Two merged header rows come out of a sheet as a row with «Страна», «Всего» and the group label,
    // then a row whose country cell is blank and which holds the purposes; a data row holds numbers.
    private static List<int> HeaderRows(IReadOnlyList<TableRow> rows, int headerIndex, int countryCol)
    {
        var result = new List<int> { headerIndex };
        for (int r = headerIndex + 1; r < rows.Count && r <= headerIndex + 2; r++)
        {
            TableRow row = rows[r];
            bool countryBlank = countryCol < 0 || string.IsNullOrWhiteSpace(row[countryCol]);
            bool anyText = row.Cells.Any(c => !string.IsNullOrWhiteSpace(c) && !IsNumberLike(c));
            bool anyNumber = row.Cells.Any(IsNumberLike);
            if (!countryBlank || !anyText || anyNumber)
            {
                break;
            }

            result.Add(r);
        }

        return result;
    }

    private static Dictionary<int, Purpose> MapColumns(TableGrid grid, IReadOnlyList<TableRow> rows, List<int> headerRows, int countryCol, FsbLabels labels, DiagnosticSink sink)
    {
        var columns = new Dictionary<int, Purpose>();
        var byPurpose = new Dictionary<Purpose, int>();
        int width = headerRows.Max(r => rows[r].Cells.Count);
        for (int c = 0; c < width; c++)
        {
            if (c == countryCol)
            {
                continue;
            }
            // The lowest non-blank label of a column names it; a merged cell's text sits in its top-left cell only.
            // Above it there may be a group label, nothing else: a second label in the column means one was moved
            // under another (a purpose written under «Всего»), and which one names the column cannot be told.
            (TableRow Row, string Text)? lowest = null;
            for (int h = headerRows.Count - 1; h >= 0; h--)
            {
                TableRow row = rows[headerRows[h]];
                string text = row[c].Trim();
                if (text.Length == 0 || labels.Is(text, FsbLabelRole.PurposeGroup))
                {
                    continue;
                }

                if (lowest is { } below)
                {
                    sink.Error(SourceMessages.MissingColumnCode, grid.Locate(below.Row, c).ToString(), SourceMessages.FsbTwoLabels(ColumnLetters.Of(c), text, below.Text));
                    break;
                }

                lowest = (row, text);
            }

            if (lowest is not { } named || (labels.Is(named.Text, FsbLabelRole.CountryColumn) && countryCol < 0))
            {
                continue;
            }

            if (!labels.TryGetPurpose(named.Text, out Purpose purpose))
            {
                sink.Error(SourceMessages.UnknownPurposeCode, grid.Locate(named.Row, c).ToString(), SourceMessages.FsbUnknownPurpose(named.Text, labels.PurposeLabels));
            }
            else if (byPurpose.TryGetValue(purpose, out int other))
            {
                sink.Error(SourceMessages.DuplicateCode, grid.Locate(named.Row, c).ToString(), SourceMessages.FsbDuplicatePurpose(named.Text, purpose, ColumnLetters.Of(other)));
            }
            else
            {
                columns[c] = purpose;
                byPurpose[purpose] = c;
            }
        }

        // A group label («в том числе по целям поездки») heads the purposes: with none under it, the header lost a row
        // (a blank line inside it, doubled line ends) and the purpose columns would be read as unlabelled.
        foreach (int h in headerRows)
        {
            TableRow row = rows[h];
            for (int c = 0; c < row.Cells.Count; c++)
            {
                if (labels.Is(row[c], FsbLabelRole.PurposeGroup) && !columns.Any(p => p.Key >= c && p.Value != Purpose.Total && headerRows.Any(lower => lower > h && rows[lower][p.Key].Trim().Length > 0)))
                {
                    sink.Error(SourceMessages.MissingColumnCode, grid.Locate(row, c).ToString(), SourceMessages.FsbGroupWithoutPurposes(row[c].Trim()));
                }
            }
        }

        return columns;
    }

    private static Period FindPeriod(List<TableRow> titleRows, string fileName, TableGrid grid, DiagnosticSink sink, out bool found)
    {
        Period fromTitle = default;
        bool titled = false;
        string titleText = "";
        foreach (TableRow row in titleRows)
        {
            // A title damaged where it states the period is refused, never read as another period (nor replaced by the file name's).
            for (int c = 0; c < row.Cells.Count; c++)
            {
                if (RussianPeriodText.HasDamagedRange(row[c]))
                {
                    sink.Error(SourceMessages.NoPeriodCode, grid.Locate(row, c).ToString(), SourceMessages.DamagedPeriod(row[c]));
                    found = false;
                    return default;
                }
            }

            foreach (string cell in row.Cells.Where(c => !string.IsNullOrWhiteSpace(c)))
            {
                if (titleText.Length == 0)
                {
                    titleText = cell.Trim();
                }

                if (!titled && RussianPeriodText.TryParse(cell, out fromTitle))
                {
                    titled = true;
                    titleText = cell.Trim();
                }
            }
        }

        bool named = RussianPeriodText.TryParseFileName(fileName, out Period fromName);
        found = titled || named;
        if (!found)
        {
            sink.Error(SourceMessages.NoPeriodCode, titleRows.Count > 0 ? grid.LocateRow(titleRows[0]) : "", SourceMessages.FsbNoPeriod(titleText));
            return default;
        }

        if (titled && named && fromTitle != fromName)
        {
            sink.Warning(SourceMessages.NoPeriodCode, "", SourceMessages.FsbPeriodsDisagree(fromTitle, fromName));
        }

        return titled ? fromTitle : fromName;
    }

    private static bool TryCount(TableGrid grid, TableRow row, int col, Purpose purpose, DiagnosticSink sink, out long? count)
    {
        count = null;
        if (!TableFigures.TryRead(grid, row, col, $"the {PurposeCodes.ToCode(purpose)} cell", NumberGrammar.Russian, Unit, sink, out decimal? value))
        {
            return false;
        }

        count = value is decimal v ? (long)v : null;
        return true;
    }

    // A CSV export writes every row of the table to the width of its header (Excel and LibreOffice pad with empty
    // cells): a row with fewer or more cells lost or gained one, or uses another separator, and its figures would
    // land under the wrong purposes. A line of one cell without any separator is a note (a footnote, a source).
    private static HashSet<int> CheckWidths(TableGrid grid, IReadOnlyList<TableRow> rows, int headerIndex, DiagnosticSink sink)
    {
        var misshapen = new HashSet<int>();
        int width = rows[headerIndex].Cells.Count;
        for (int r = headerIndex + 1; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (row.Cells.Count == width || row.IsBlank || (row.Cells.Count == 1 && row[0].AsSpan().IndexOfAny(";,\t") < 0))
            {
                continue;
            }

            misshapen.Add(r);
            sink.Error(SourceMessages.RowShapeCode, grid.LocateRow(row), SourceMessages.RowShape(row.Cells.Count, width) + SourceMessages.FsbRowShapeHint);
        }

        return misshapen;
    }

    // Figures under a column the header does not name would be dropped in silence: a blank label, a blank line inside
    // the header. Each such column is an error at its first figure.
    private static void CheckUnlabelledFigures(TableGrid grid, IReadOnlyList<TableRow> rows, int firstData, int countryCol, Dictionary<int, Purpose> columns, HashSet<int> skipped, DiagnosticSink sink)
    {
        var reported = new HashSet<int>();
        for (int r = firstData; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (skipped.Contains(r))
            {
                continue;
            }

            for (int c = 0; c < row.Cells.Count; c++)
            {
                if (c != countryCol && !columns.ContainsKey(c) && (IsNumberLike(row[c]) || row.KindOf(c) == CellKind.Number) && reported.Add(c))
                {
                    sink.Error(SourceMessages.MissingColumnCode, grid.Locate(row, c).ToString(), SourceMessages.FsbUnlabelledColumn(ColumnLetters.Of(c), row[c]));
                }
            }
        }
    }

    // Rosstat tables often number their columns under the header: «А | 1 | 2 | 3 ...».
    private static bool IsColumnNumbering(TableRow row, IEnumerable<int> columns, string label)
    {
        if (label.Length > 1)
        {
            return false;
        }

        int? previous = null;
        foreach (int col in columns.Order())
        {
            if (!int.TryParse(row[col].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || (previous is int p && n != p + 1))
            {
                return false;
            }

            previous = n;
        }

        return previous is not null;
    }

    private static bool IsNumberLike(string cell)
    {
        string s = Compact(cell);
        return s.Length > 0 && s.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '-') && s.Any(char.IsAsciiDigit);
    }

    // Thousands are grouped with spaces, non-breaking or thin, in Russian exports ("1 234").
    private static string Compact(string cell) =>
        string.Concat(cell.Where(ch => !char.IsWhiteSpace(ch) && ch is not '\u00A0' and not '\u202F' and not '\u2009'));

    private static IEnumerable<string> HeaderTexts(IReadOnlyList<TableRow> rows, List<int> headerRows) =>
        headerRows.SelectMany(r => rows[r].Cells).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim());
}
