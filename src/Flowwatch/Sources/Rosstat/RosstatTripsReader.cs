using System.Text.RegularExpressions;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.RussianTables;
using Flowwatch.Sources.Workbooks;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Rosstat;

/// <summary>
/// Reads Rosstat's workbook of inbound and outbound tourist trips by country (one sheet per year and direction,
/// titled «Число въездных/выездных туристских поездок ...», <c>data/labels/rosstat-trips.csv</c>): a row of
/// year-to-date periods (Январь-март ... Январь-декабрь), then one row per country. Figures are in thousands and
/// stay so (the datasets' unit is <c>thousand trips</c>): 12.3 is read as 12.3. Each published figure cites its
/// cell; the quarters the cumulative columns close (January-June minus January-March is Q2) are derived and
/// flagged so. Sheets in another unit (the monthly sheets in millions) or without country rows are skipped with
/// a warning.
/// </summary>
public sealed partial class RosstatTripsReader : WorkbookObservationReader
{
    /// <summary>Who publishes the workbook.</summary>
    public const string Publisher = "Rosstat (Federal State Statistics Service of Russia)";

    private const int MaxHeaderRows = 20;
    private static readonly Country Reporter = Country.Parse("RU");
    private static readonly Lazy<IReadOnlyList<(string Title, DatasetId Dataset)>> Titles = new(LoadTitles);

    /// <inheritdoc/>
    public override string Format => "rosstat-trips-xlsx";

    /// <inheritdoc/>
    protected override string PublisherName => Publisher;

    /// <inheritdoc/>
    private protected override bool HoldsTable(WorkbookSheet sheet) => DatasetOf(sheet) is not null;

    /// <inheritdoc/>
    private protected override ReadResult Read(SourceFile file, List<WorkbookSheet> sheets, SourceDocument document, DiagnosticSink sink)
    {
        var published = new List<Observation>();
        int tables = 0;
        foreach (WorkbookSheet sheet in sheets)
        {
            if (DatasetOf(sheet) is not DatasetId dataset)
            {
                // A sheet of year-to-date periods and country rows whose title is gone would be skipped in silence.
                int header = PeriodRow(sheet);
                if (header >= 0)
                {
                    sink.Error(SourceMessages.MissingColumnCode, sheet.Name, WorkbookMessages.RosstatNoTitle(sheet.Name, sheet.Rows[header].Cells.Where(c => TryPeriod(c, out _)).Take(2)));
                }

                continue;
            }

            tables++;
            published.AddRange(ReadSheet(sheet, dataset, document, sink));
        }

        if (tables == 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, "", WorkbookMessages.RosstatNoTable(sheets.Select(s => s.Name)));
            return new ReadResult(document, [], sink.Items);
        }

        if (sink.ErrorCount == 0 && published.Count == 0)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
        }

        // The cumulative columns of one sheet close each other's quarters; a derived figure never shadows a published one.
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive(published, published, out IReadOnlyList<Diagnostic> notes);
        sink.AddRange(notes);
        var taken = new HashSet<(SeriesKey, Period)>(published.Select(o => (o.Key, o.Period)));
        return new ReadResult(document, [.. published, .. derived.Where(o => taken.Add((o.Key, o.Period)))], sink.Items);
    }

    private static List<Observation> ReadSheet(WorkbookSheet sheet, DatasetId dataset, SourceDocument document, DiagnosticSink sink)
    {
        var observations = new List<Observation>();
        IReadOnlyList<TableRow> rows = sheet.Rows;
        int header = -1;
        var periods = new Dictionary<int, Period>();
        for (int r = 0; r < rows.Count && r < MaxHeaderRows && header < 0; r++)
        {
            for (int c = 1; c < rows[r].Cells.Count; c++)
            {
                if (TryPeriod(rows[r][c], out Period p))
                {
                    periods[c] = p;
                    header = r;
                }
            }
        }

        // The datasets are in thousands: a sheet is kept only when it says so above its header («тысяч»).
        string unit = rows.Take(Math.Max(header, 0)).SelectMany(r => r.Cells).Select(HeaderText.Normalize)
            .FirstOrDefault(t => t.StartsWith("тыс", StringComparison.Ordinal) || t.StartsWith("млн", StringComparison.Ordinal) || t.StartsWith("человек", StringComparison.Ordinal) || t.StartsWith("поездок", StringComparison.Ordinal)) ?? "";
        if (header < 0)
        {
            sink.Warning(SourceMessages.SkippedCode, sheet.Name, unit.StartsWith("млн", StringComparison.Ordinal) ? WorkbookMessages.RosstatUnit(sheet.Name, unit) : WorkbookMessages.RosstatNoCountries(sheet.Name));
            return observations;
        }

        if (!unit.StartsWith("тыс", StringComparison.Ordinal))
        {
            sink.Warning(SourceMessages.SkippedCode, sheet.Name, WorkbookMessages.RosstatUnit(sheet.Name, unit.Length > 0 ? unit : "(no unit stated)"));
            return observations;
        }

        // A header cell that is not a period, under a period row, is a mistake in the table: name it.
        for (int c = 1; c < rows[header].Cells.Count; c++)
        {
            string text = rows[header][c];
            if (!periods.ContainsKey(c) && !string.IsNullOrWhiteSpace(text))
            {
                sink.Error(SourceMessages.NoPeriodCode, sheet.Grid.Locate(rows[header], c).ToString(), WorkbookMessages.RosstatBadPeriod(text.Trim()));
            }
        }

        // A footnote whose mark a period header carries (Rosstat's 2020 Q1: data revised under a new methodology)
        // goes with every figure of that column.
        IReadOnlyDictionary<string, WorkbookFootnote> footnotes = WorkbookFootnote.In(sheet);
        var columnNotes = new Dictionary<int, string>();
        foreach (int c in periods.Keys)
        {
            if (WorkbookFootnote.MarkOf(rows[header][c]) is { } mark && footnotes.TryGetValue(mark, out WorkbookFootnote? footnote))
            {
                columnNotes[c] = footnote.Note;
            }
        }

        var walker = new CountryRows(sheet, 0, periods.Keys, sink);
        int count = 0;
        foreach ((TableRow row, Country partner) in walker.Walk(header + 1))
        {
            count++;
            foreach ((int column, Period period) in periods)
            {
                if (!TableFigures.TryRead(sheet.Grid, row, column, $"the {period} cell", NumberGrammar.Russian, FigureUnit.Of(dataset), sink, out decimal? figure)
                    || figure is not decimal value)
                {
                    continue;
                }

                SourceLocator where = sheet.Grid.Locate(row, column);

                var key = new SeriesKey(dataset, Reporter, partner, Breakdown.Total);
                observations.Add(new Observation(key, period, value, ObservationFlag.AsPublished, new Provenance(document, where, []), JoinNotes(sheet.StoredNote(row, column), columnNotes.GetValueOrDefault(column))));
            }
        }

        if (count == 0)
        {
            sink.Warning(SourceMessages.SkippedCode, sheet.Name, WorkbookMessages.RosstatNoCountries(sheet.Name));
        }

        // Figures are rounded to the thousand in some sheets and to the trip in others: allow half a unit per row.
        walker.Check(c => periods[c].ToString(), 0.5m, count + 1);
        return observations;
    }

    // The first row (of the first rows) that holds two or more year-to-date periods, or -1.
    private static int PeriodRow(WorkbookSheet sheet)
    {
        for (int r = 0; r < sheet.Rows.Count && r < MaxHeaderRows; r++)
        {
            if (sheet.Rows[r].Cells.Count(c => TryPeriod(c, out _)) >= 2)
            {
                return r;
            }
        }

        return -1;
    }

    private static string? JoinNotes(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;

    private static bool TryPeriod(string text, out Period period)
    {
        period = default;
        string s = FootnoteAfterYear().Replace(text, "$1");
        return s.Contains("январ", StringComparison.OrdinalIgnoreCase) && RussianPeriodText.TryParse(s, out period) && CumulativeDifferencing.IsCumulative(period);
    }

    private static DatasetId? DatasetOf(WorkbookSheet sheet)
    {
        var texts = sheet.Texts(5).Select(HeaderText.Normalize).ToList();
        foreach ((string title, DatasetId dataset) in Titles.Value)
        {
            if (texts.Any(t => t.StartsWith(title, StringComparison.Ordinal)))
            {
                return dataset;
            }
        }

        return null;
    }

    private static IReadOnlyList<(string, DatasetId)> LoadTitles()
    {
        var titles = new List<(string, DatasetId)>();
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(EmbeddedText.Read("labels/rosstat-trips.csv"));
        foreach (SepReader.Row row in reader)
        {
            titles.Add((HeaderText.Normalize(row["title"].ToString()), DatasetId.Parse(row["dataset"].Span)));
        }

        return titles;
    }

    // «Январь-март 20201)»: a footnote mark glued to the year.
    [GeneratedRegex(@"(\d{4})\d\)")]
    private static partial Regex FootnoteAfterYear();
}
