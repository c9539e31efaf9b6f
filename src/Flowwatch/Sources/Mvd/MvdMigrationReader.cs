using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.RussianTables;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Mvd;

/// <summary>
/// Reads the MVD (Ministry of Internal Affairs of Russia) release «Отдельные показатели миграционной ситуации в
/// Российской Федерации ... с распределением по странам мира» as published: a legacy <c>.xls</c> (or <c>.xlsx</c>)
/// whose header spans merged rows above a «код графы» row. The column groups are found by their printed labels
/// (<c>data/labels/mvd-columns.csv</c>): invitations, visas, migration registrations (all, primary, primary by
/// purpose), deregistrations, temporary and permanent residence permits, citizenship. The by-country sheet gives
/// the figures, reporter RU, partner the country of citizenship; each cites its cell
/// (<c>САЙТ (2-РД страны)!J145</c>). The by-region sheet has no place in the model (its rows are Russia's regions,
/// not partners): its total row is checked against the by-country sheet's, and its rows are not kept.
/// </summary>
public sealed class MvdMigrationReader : WorkbookObservationReader
{
    /// <summary>Who publishes the release.</summary>
    public const string Publisher = "Ministry of Internal Affairs of Russia (MVD), Main Directorate for Migration";

    private const int MaxHeaderRows = 40;
    private static readonly Country Reporter = Country.Parse("RU");

    /// <inheritdoc/>
    public override string Format => "mvd-migration-xls";

    /// <inheritdoc/>
    protected override string PublisherName => Publisher;

    /// <inheritdoc/>
    private protected override bool HoldsTable(WorkbookSheet sheet) => FindTable(sheet) is not null;

    /// <inheritdoc/>
    private protected override ReadResult Read(SourceFile file, List<WorkbookSheet> sheets, SourceDocument document, DiagnosticSink sink)
    {
        var tables = sheets.Select(s => (Sheet: s, Table: FindTable(s))).Where(t => t.Table is not null).ToList();
        var byCountry = tables.Where(t => t.Table!.ByCountry).ToList();
        if (byCountry.Count == 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, "", WorkbookMessages.MvdNoCountrySheet(sheets.Select(s => s.Name)));
            return new ReadResult(document, [], sink.Items);
        }

        if (!TryPeriod(sheets, file.Name, sink, out Period period))
        {
            return new ReadResult(document, [], sink.Items);
        }

        // The release states its period («за январь - декабрь 2016 года») but no date: it cannot have appeared before
        // that period ended, which dates it as a bound (the file itself was saved on 2017-01-24).
        if (document.ReleaseDate is null)
        {
            document = document with { ReleaseDate = new DateOnly(period.Year, period.LastMonth, 1).AddMonths(1), DateBasis = ReleaseDateBasis.PeriodEnd };
        }

        var observations = new List<Observation>();
        IReadOnlyDictionary<int, (decimal Value, SourceLocator Where)>? countryTotals = null;
        MvdTable? countryTable = null;
        foreach ((WorkbookSheet sheet, MvdTable? table) in byCountry)
        {
            observations.AddRange(ReadCountries(sheet, table!, period, document, sink, out countryTotals));
            countryTable = table;
        }

        foreach ((WorkbookSheet sheet, MvdTable? table) in tables.Where(t => !t.Table!.ByCountry))
        {
            CheckRegions(sheet, table!, countryTable!, countryTotals!, sink);
        }

        if (sink.ErrorCount == 0 && observations.Count == 0)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
        }

        return new ReadResult(document, observations, sink.Items);
    }

    /// <summary>The by-country sheet's total row («ВСЕГО по странам») by dataset and breakdown, as published; empty when the file has none.</summary>
    internal IReadOnlyDictionary<(DatasetId Dataset, Breakdown Breakdown), decimal> Totals(SourceFile file)
    {
        var totals = new Dictionary<(DatasetId, Breakdown), decimal>();
        if (!Cache.TryGet(file, out List<WorkbookSheet> sheets, out _))
        {
            return totals;
        }

        foreach (WorkbookSheet sheet in sheets)
        {
            if (FindTable(sheet) is { ByCountry: true } table)
            {
                var rows = new CountryRows(sheet, table.LabelColumn, table.Columns.Keys, new DiagnosticSink(file.Name));
                _ = rows.Walk(table.FirstDataRow).Count();
                foreach ((int column, (decimal value, _)) in rows.Totals)
                {
                    totals[table.Columns[column]] = value;
                }
            }
        }

        return totals;
    }

    private static List<Observation> ReadCountries(WorkbookSheet sheet, MvdTable table, Period period, SourceDocument document, DiagnosticSink sink, out IReadOnlyDictionary<int, (decimal Value, SourceLocator Where)> totals)
    {
        foreach ((int column, string header) in table.Unlabelled)
        {
            sink.Warning(SourceMessages.SkippedCode, header, WorkbookMessages.MvdUnlabelledColumn(ColumnLetters.Of(column)));
        }

        foreach ((string where, string label) in table.Unknown)
        {
            sink.Error(SourceMessages.MissingColumnCode, where, WorkbookMessages.MvdUnknownColumn(label, MvdColumnMap.Default.Labels));
        }

        var observations = new List<Observation>();
        var rows = new CountryRows(sheet, table.LabelColumn, table.Columns.Keys, sink);
        foreach ((TableRow row, Country partner) in rows.Walk(table.FirstDataRow))
        {
            foreach ((int column, (DatasetId dataset, Breakdown breakdown)) in table.Columns)
            {
                if (!TableFigures.TryRead(sheet.Grid, row, column, $"the {dataset}/{breakdown} cell", NumberGrammar.Russian, FigureUnit.Of(dataset), sink, out decimal? figure)
                    || figure is not decimal value)
                {
                    continue;
                }

                SourceLocator where = sheet.Grid.Locate(row, column);
                var key = new SeriesKey(dataset, Reporter, partner, breakdown);
                observations.Add(new Observation(key, period, value, ObservationFlag.AsPublished, new Provenance(document, where, []), sheet.StoredNote(row, column)));
            }
        }

        rows.Check(c => Describe(table, c), 0m, 0);
        totals = rows.Totals;
        return observations;
    }

    // The by-region sheet counts the same people by the region that registered them: its total row must be the
    // by-country sheet's total row, column for column.
    private static void CheckRegions(WorkbookSheet sheet, MvdTable table, MvdTable countryTable, IReadOnlyDictionary<int, (decimal Value, SourceLocator Where)> countryTotals, DiagnosticSink sink)
    {
        TableRow? totalRow = sheet.Rows.Skip(table.FirstDataRow)
            .FirstOrDefault(r => RussianRowLabels.Default.TryClassify(r[table.LabelColumn], out RussianRowRole role, out _) && role == RussianRowRole.Total);
        foreach ((int column, (DatasetId dataset, Breakdown breakdown)) in table.Columns)
        {
            int countryColumn = countryTable.Columns.FirstOrDefault(c => c.Value == (dataset, breakdown), new(-1, default)).Key;
            if (totalRow is not null && TableFigures.TryValue(totalRow, column, NumberGrammar.Russian, out decimal regionTotal)
                && countryTotals.TryGetValue(countryColumn, out var countryTotal) && countryTotal.Value != regionTotal)
            {
                string where = sheet.Grid.Locate(totalRow, column).ToString();
                sink.Warning(SourceMessages.InconsistentCode, where, WorkbookMessages.MvdRegionTotalDiffers(Describe(table, column), regionTotal, countryTotal.Value, countryTotal.Where));
            }
        }

        sink.Warning(SourceMessages.SkippedCode, sheet.Name, WorkbookMessages.MvdRegionSheetNotKept(sheet.Name));
    }

    private static string Describe(MvdTable table, int column) =>
        table.Columns.TryGetValue(column, out var c) ? $"{ColumnLetters.Of(column)} ({c.Dataset}/{c.Breakdown})" : ColumnLetters.Of(column);

    private static bool TryPeriod(List<WorkbookSheet> sheets, string fileName, DiagnosticSink sink, out Period period)
    {
        // The by-country sheet's period line is a formula that some exports leave as 0; the by-region sheet of the
        // same release prints it, so every sheet's title lines are searched.
        foreach (WorkbookSheet sheet in sheets)
        {
            MvdTable? table = FindTable(sheet);
            int titleRows = table?.HeaderStart ?? Math.Min(sheet.Rows.Count, 10);
            foreach (TableRow row in sheet.Rows.Take(titleRows))
            {
                for (int c = 0; c < row.Cells.Count; c++)
                {
                    // A title damaged where it states the period is refused, never read as another period.
                    if (RussianPeriodText.HasDamagedRange(row[c]))
                    {
                        sink.Error(SourceMessages.NoPeriodCode, sheet.Grid.Locate(row, c).ToString(), SourceMessages.DamagedPeriod(row[c]));
                        period = default;
                        return false;
                    }

                    if (RussianPeriodText.TryParse(row[c], out period))
                    {
                        return true;
                    }
                }
            }
        }

        if (RussianPeriodText.TryParseFileName(fileName, out period))
        {
            return true;
        }

        sink.Error(SourceMessages.NoPeriodCode, "", WorkbookMessages.MvdNoPeriod);
        return false;
    }

    /// <summary>The table of a sheet: header rows, the column map and where the rows start; null when the sheet holds none.</summary>
    private static MvdTable? FindTable(WorkbookSheet sheet)
    {
        IReadOnlyList<TableRow> rows = sheet.Rows;

        // The header starts at the first row with labels in two or more columns (title lines are merged
        // across the sheet and hold their text in the first cell only).
        int start = -1;
        for (int i = 0; i < rows.Count && i < MaxHeaderRows; i++)
        {
            if (rows[i].Cells.Count(c => !string.IsNullOrWhiteSpace(c)) >= 2)
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        // It ends above the first row of figures; a «код графы» row (1, 2, 3 ...) there is the column numbering.
        int end = start;
        while (end < rows.Count && end - start < MaxHeaderRows && !IsFigureRow(rows[end]))
        {
            end++;
        }

        if (end >= rows.Count || end == start)
        {
            return null;
        }

        int firstData = IsNumbering(rows[end]) ? end + 1 : end;
        int width = rows.Skip(start).Take(firstData - start + 1).Max(r => r.Cells.Count);
        var columns = new Dictionary<int, (DatasetId Dataset, Breakdown Breakdown)>();
        var unlabelled = new List<(int, string)>();
        var unknown = new List<(string, string)>();
        for (int c = 1; c < width; c++)
        {
            var path = new List<string>();
            for (int r = start; r < end; r++)
            {
                string text = HeaderText.Normalize(sheet.TextAt(rows[r], c));
                if (text.Length > 0 && (path.Count == 0 || path[^1] != text))
                {
                    path.Add(text);
                }
            }

            if (path.Count == 0)
            {
                unlabelled.Add((c, sheet.Grid.Locate(rows[end], c).ToString()));
            }
            else if (MvdColumnMap.Default.TryMap(path, out DatasetId dataset, out Breakdown breakdown))
            {
                columns[c] = (dataset, breakdown);
            }
            else
            {
                TableRow lowest = Enumerable.Range(start, end - start).Select(r => rows[r]).Last(r => sheet.TextAt(r, c).Length > 0);
                unknown.Add((sheet.Grid.Locate(lowest, c).ToString(), sheet.TextAt(lowest, c).Trim()));
            }
        }

        // A sheet whose header names fewer than three of the release's columns is some other table.
        if (columns.Count < 3)
        {
            return null;
        }

        string title = HeaderText.Normalize(string.Join(' ', rows.Take(start).SelectMany(r => r.Cells)));
        bool byRegion = title.Contains("по регионам", StringComparison.Ordinal) || title.Contains("по субъектам", StringComparison.Ordinal);
        return new MvdTable(start, firstData, 0, columns, unlabelled, unknown, !byRegion);
    }

    private static bool IsFigureRow(TableRow row)
    {
        // An error value stands where a figure was: the row is a row of figures, and the error is reported with it.
        var cells = Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).Where(c => !string.IsNullOrWhiteSpace(row[c])).ToList();
        return cells.Count >= 2 && cells.All(c => row.KindOf(c) == CellKind.Error || TableFigures.TryValue(row, c, NumberGrammar.Russian, out _));
    }

    private static bool IsNumbering(TableRow row)
    {
        decimal expected = 1;
        foreach (int c in Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).Where(c => !string.IsNullOrWhiteSpace(row[c])))
        {
            if (!TableFigures.TryValue(row, c, NumberGrammar.Russian, out decimal n) || n != expected)
            {
                return false;
            }

            expected++;
        }

        return expected > 2;
    }

    private sealed record MvdTable(
        int HeaderStart,
        int FirstDataRow,
        int LabelColumn,
        Dictionary<int, (DatasetId Dataset, Breakdown Breakdown)> Columns,
        List<(int Column, string Where)> Unlabelled,
        List<(string Where, string Label)> Unknown,
        bool ByCountry);
}
