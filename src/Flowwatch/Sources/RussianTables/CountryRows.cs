using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// Walks the rows of a Russian official table laid out one row per country (MVD, Rosstat): each label is
/// classified through <see cref="RussianRowLabels"/> and the country aliases; the total row is kept aside and
/// checked against the sum of the rows; groups, headings and rows without a country code are skipped (the latter
/// with one warning); an unknown label with figures, a figure-less label or a country twice is an error naming the cell.
/// </summary>
internal sealed class CountryRows
{
    private readonly WorkbookSheet _sheet;
    private readonly int _labelColumn;
    private readonly IReadOnlyCollection<int> _columns;
    private readonly DiagnosticSink _sink;
    private readonly Dictionary<int, (decimal Value, SourceLocator Where)> _totals = [];
    private readonly Dictionary<int, decimal> _sums = [];
    private readonly List<string> _noCode = [];

    public CountryRows(WorkbookSheet sheet, int labelColumn, IReadOnlyCollection<int> columns, DiagnosticSink sink)
    {
        _sheet = sheet;
        _labelColumn = labelColumn;
        _columns = columns;
        _sink = sink;
    }

    /// <summary>The total row's figures by column, as published.</summary>
    public IReadOnlyDictionary<int, (decimal Value, SourceLocator Where)> Totals => _totals;

    /// <summary>The sum of every row under the total (countries, groups, rows without a code) by column.</summary>
    public IReadOnlyDictionary<int, decimal> Sums => _sums;

    /// <summary>The country rows from <paramref name="firstRow"/> (an index into the sheet's rows) on.</summary>
    public IEnumerable<(TableRow Row, Country Country)> Walk(int firstRow)
    {
        var seen = new Dictionary<Country, TableRow>();
        RussianRowLabels labels = RussianRowLabels.Default;
        for (int r = firstRow; r < _sheet.Rows.Count; r++)
        {
            TableRow row = _sheet.Rows[r];
            string label = row[_labelColumn].Trim();
            bool hasFigures = _columns.Any(c => !TableFigures.IsNotPublished(row[c]));
            string where = _sheet.Grid.Locate(row, _labelColumn).ToString();
            if (label.Length == 0)
            {
                if (hasFigures)
                {
                    _sink.Error(SourceMessages.BadCellCode, where, WorkbookMessages.NoRowLabel);
                }

                continue;
            }

            if (!labels.TryClassify(label, out RussianRowRole role, out CountryMatch match))
            {
                if (match.IsAmbiguous)
                {
                    // A label two countries could carry is never settled by the order of the name lists.
                    _sink.Error(SourceMessages.UnknownCountryCode, where, SourceMessages.AmbiguousCountry(label, match));
                }
                else if (hasFigures)
                {
                    _sink.Error(SourceMessages.UnknownCountryCode, where, WorkbookMessages.UnknownRowLabel(label));
                }

                // A line of text under the table (a footnote, a source line) carries no figures.
                continue;
            }

            switch (role)
            {
                case RussianRowRole.Total:
                    foreach (int c in _columns)
                    {
                        if (TableFigures.TryValue(row, c, NumberGrammar.Russian, out decimal total))
                        {
                            _totals[c] = (total, _sheet.Grid.Locate(row, c));
                        }
                    }

                    continue;
                case RussianRowRole.Heading:
                    continue;
                case RussianRowRole.Aggregate:
                    AddToSums(row);
                    continue;
                case RussianRowRole.NoCode:
                    AddToSums(row);
                    _noCode.Add(label);
                    continue;
            }

            Country country = match.Country;
            if (seen.TryGetValue(country, out TableRow? first))
            {
                // The MVD's 2016 release prints «Сен-Пьер и Микелон» twice with the same figures: a row repeated
                // as it was is a slip worth a warning; a country with two different sets of figures is an error.
                bool same = _columns.All(c => string.Equals(first[c].Trim(), row[c].Trim(), StringComparison.Ordinal));
                if (same)
                {
                    _sink.Warning(SourceMessages.DuplicateCode, where, WorkbookMessages.RepeatedCountry(label, country, first.Number));
                }
                else
                {
                    _sink.Error(SourceMessages.DuplicateCode, where, WorkbookMessages.DuplicateCountry(label, country, first.Number));
                }

                continue;
            }

            seen.Add(country, row);
            AddToSums(row);
            yield return (row, country);
        }
    }

    /// <summary>
    /// Warns where the rows do not add up to the total row: exactly for whole counts, within the rounding of
    /// <paramref name="rowCount"/> figures each rounded to <paramref name="rounding"/> otherwise.
    /// Also names the rows skipped for want of a country code.
    /// </summary>
    public void Check(Func<int, string> describeColumn, decimal rounding, int rowCount)
    {
        foreach ((int c, (decimal total, SourceLocator where)) in _totals.OrderBy(t => t.Key))
        {
            decimal sum = _sums.GetValueOrDefault(c);
            if (Math.Abs(sum - total) > rounding * rowCount)
            {
                _sink.Warning(SourceMessages.InconsistentCode, where.ToString(), WorkbookMessages.RowsDisagreeWithTotal(describeColumn(c), sum, total));
            }
        }

        if (_noCode.Count > 0)
        {
            _sink.Warning(SourceMessages.SkippedCode, _sheet.Name, WorkbookMessages.NoCodeRows(_noCode));
        }
    }

    private void AddToSums(TableRow row)
    {
        foreach (int c in _columns)
        {
            if (TableFigures.TryValue(row, c, NumberGrammar.Russian, out decimal v))
            {
                _sums[c] = _sums.GetValueOrDefault(c) + v;
            }
        }
    }
}
