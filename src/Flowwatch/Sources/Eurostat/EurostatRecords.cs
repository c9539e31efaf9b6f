using Flowwatch.Model;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Turns Eurostat <c>migr_resfirst</c> records (the dimension codes, a period, a value and its flags), however
/// laid out in the file, into observations; shared by the SDMX-CSV and TSV readers so that both apply the same
/// rules: top-level reasons only, countries only, duration TOTAL and unit PER only.
/// </summary>
internal sealed class EurostatRecords
{
    public static readonly DatasetId Dataset = EurostatDataflow.ResidencePermits.Dataset;

    public const string Publisher = "Eurostat";

    /// <summary>The dimensions a file must have; <c>freq</c>, <c>duration</c> and <c>unit</c> may be absent (one value each).</summary>
    public static readonly string[] RequiredDimensions = ["reason", "citizen", "geo"];

    public static readonly string[] KnownDimensions = ["freq", "reason", "citizen", "duration", "unit", "geo"];

    private readonly SourceDocument _document;
    private readonly DiagnosticSink _sink;
    private readonly NumberGrammar _grammar;
    private readonly bool _emptyIsDamage;
    private readonly FigureUnit _unit;
    private int _keyed;
    private int _emptyValues;
    private string _firstEmpty = "";
    private readonly Dictionary<(SeriesKey, Period), (string Reason, string Where)> _seen = [];
    private readonly Dictionary<string, SortedSet<string>> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _skipCounts = new(StringComparer.Ordinal);

    private readonly EurostatDataflow _flow;

    /// <summary>Records of one file.</summary>
    /// <param name="document">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="grammar">How the layout writes numbers: <see cref="NumberGrammar.Plain"/> in the CSV and TSV layouts, <see cref="NumberGrammar.Stored"/> in JSON-stat.</param>
    /// <param name="emptyIsDamage">Whether an empty value cell is damage (the TSV writes ':' where no figure is published) rather than a figure not published.</param>
    /// <param name="flow">The dataflow; residence permits by default.</param>
    public EurostatRecords(SourceDocument document, DiagnosticSink sink, NumberGrammar grammar, bool emptyIsDamage, EurostatDataflow? flow = null)
    {
        _document = document;
        _sink = sink;
        _grammar = grammar;
        _emptyIsDamage = emptyIsDamage;
        _flow = flow ?? EurostatDataflow.ResidencePermits;
        _unit = FigureUnit.Of(_flow.Dataset);
    }

    public List<Observation> Observations { get; } = [];

    /// <summary>Resolves a record's dimensions to a series; false when the record is skipped or wrong (reported).</summary>
    public bool TryKey(IReadOnlyDictionary<string, string> dims, string where, out SeriesKey key, out string reason)
    {
        key = default;
        reason = dims.GetValueOrDefault(_flow.BreakdownDimension, "").Trim();
        string duration = dims.GetValueOrDefault("duration", "TOTAL").Trim();
        string unit = dims.GetValueOrDefault("unit", "PER").Trim();
        string citizen = dims.GetValueOrDefault("citizen", "").Trim();
        string geo = dims.GetValueOrDefault("geo", "").Trim();

        // The codes are checked against the codes Flowwatch knows before any row is skipped: a duration column that
        // holds reasons means that the header's names are swapped, and skipping its rows would hide it.
        bool coded = true;
        foreach ((string name, string value) in dims)
        {
            string code = value.Trim();
            if (EurostatCodes.OtherDimensionOf(name, code) is string other)
            {
                _sink.Error(SourceMessages.BadCellCode, where, SourceMessages.EurostatCodeOfOther(name, code, other));
                coded = false;
            }
            else if (EurostatCodes.IsComplete(name) && !EurostatCodes.IsCodeOf(name, code))
            {
                _sink.Error(SourceMessages.BadCellCode, where, SourceMessages.EurostatUnknownCode(name, code, EurostatLabels.CodesOf(name)));
                coded = false;
            }
        }

        if (!coded)
        {
            return false;
        }

        foreach ((string name, string value) in dims)
        {
            if (Array.IndexOf(_flow.KnownDimensions, name) < 0 && value.Trim() is not ("TOTAL" or "T" or "_T" or "_Z" or ""))
            {
                return Skip($"{name} other than TOTAL", value);
            }
        }

        if (!string.Equals(duration, "TOTAL", StringComparison.Ordinal))
        {
            return Skip("durations other than TOTAL", duration);
        }

        if (!string.Equals(unit, "PER", StringComparison.Ordinal))
        {
            return Skip("units other than PER", unit);
        }

        bool ok = true;
        Purpose purpose = default;
        Breakdown breakdown = default;
        if (!_flow.ByReason)
        {
            // Asylum applicants: the applicant type is the breakdown; other types (SUB_APP) are not kept.
            if (!_flow.TryBreakdown(reason, out breakdown))
            {
                return Skip($"{_flow.BreakdownDimension} other than {string.Join(" and ", _flow.BreakdownCodes)}", reason);
            }
        }
        else
        {
            switch (EurostatCodes.ClassifyReason(reason, out purpose))
            {
                case EurostatCodeKind.Skipped:
                    return Skip("sub-reasons (their top-level reason counts them)", reason);
                case EurostatCodeKind.Unknown:
                    _sink.Error(SourceMessages.UnknownPurposeCode, where, SourceMessages.EurostatUnknownReason(reason, EurostatCodes.Reasons.Keys));
                    ok = false;
                    break;
            }
        }

        Country partner = default, reporter = default;
        switch (EurostatCodes.ClassifyCountry(citizen, out partner))
        {
            case EurostatCodeKind.Skipped:
                return ok && Skip("aggregate citizenships", citizen);
            case EurostatCodeKind.Unknown:
                _sink.Error(SourceMessages.UnknownCountryCode, where, SourceMessages.EurostatUnknownCountry("citizen", citizen));
                ok = false;
                break;
        }

        switch (EurostatCodes.ClassifyCountry(geo, out reporter))
        {
            case EurostatCodeKind.Skipped:
                return ok && Skip("aggregate reporters (geo)", geo);
            case EurostatCodeKind.Unknown:
                _sink.Error(SourceMessages.UnknownCountryCode, where, SourceMessages.EurostatUnknownCountry("geo", geo));
                ok = false;
                break;
        }

        if (ok)
        {
            key = new SeriesKey(_flow.Dataset, reporter, partner, _flow.ByReason ? Breakdown.Of(purpose) : breakdown);
            _keyed++;
        }

        return ok;

        bool Skip(string why, string code)
        {
            if (!_skipped.TryGetValue(why, out SortedSet<string>? codes))
            {
                codes = new SortedSet<string>(StringComparer.Ordinal);
                _skipped.Add(why, codes);
            }

            codes.Add(code);
            _skipCounts[why] = _skipCounts.GetValueOrDefault(why) + 1;
            return false;
        }
    }

    /// <summary>Adds one figure of a resolved series.</summary>
    public void Add(SeriesKey key, string reason, string periodText, string valueText, string? flags, SourceLocator where, string periodColumn)
    {
        if (!EurostatCodes.TryParsePeriod(periodText, out Period period))
        {
            _sink.Error(SourceMessages.BadCellCode, where.ToString(), SourceMessages.BadCell(periodColumn, periodText, "a period such as 2023, 2023-Q1 or 2023-01"));
            return;
        }

        string value = valueText.Trim();
        if (value.Length == 0 && (flags is null || flags.Trim().Length == 0))
        {
            if (_emptyIsDamage)
            {
                _sink.Error(SourceMessages.BadCellCode, where.ToString(), SourceMessages.EurostatEmptyValue(period));
                return;
            }

            // A row with no value and no flag saying why: not published, but said, so that a file whose values all went
            // missing (moved into another column) is not read as a file of gaps.
            _firstEmpty = _emptyValues++ == 0 ? where.ToString() : _firstEmpty;
            return;
        }

        if (value.Length == 0 || value == ":")
        {
            return;
        }

        // Flags are letters (p, e, c); anything else after the number ("100 2000") means the cell is damaged.
        if (flags is not null && flags.Any(c => !(char.IsAsciiLetter(c) || c is ' ' or ',')))
        {
            _sink.Error(SourceMessages.BadCellCode, where.ToString(), SourceMessages.EurostatBadValue(period, (value + " " + flags).Trim(), "a number, ':' where none is published, and flags of letters after a space (1234 p)"));
            return;
        }

        if (!EurostatCodes.TryApplyFlags(flags, out ObservationFlag flag, out string? note))
        {
            return;
        }

        decimal number;
        switch (_grammar.Read(value, _unit, out number))
        {
            case NumberProblem.NotInGrammar:
                _sink.Error(SourceMessages.BadCellCode, where.ToString(), SourceMessages.EurostatBadValue(period, value, _grammar.Expected(_unit) + "; ':' where none is published, and flags after a space (1234 p)"));
                return;
            case NumberProblem.NotAFigure:
                _sink.Error(SourceMessages.NotACountCode, where.ToString(), SourceMessages.EurostatBadValue(period, value, _unit.Expected + " (a permit is granted to a person, not to part of one)"));
                return;
        }

        string whereText = where.ToString();
        if (_seen.TryGetValue((key, period), out var first))
        {
            if (string.Equals(first.Reason, reason, StringComparison.Ordinal))
            {
                _sink.Error(SourceMessages.DuplicateCode, whereText, SourceMessages.Duplicate(key.ToString(), period.ToString(), first.Where));
            }
            else
            {
                // EMP and OCC both mean work: keep the first, say so, never add them up.
                _sink.Warning(SourceMessages.DuplicateCode, whereText, SourceMessages.EurostatSamePurpose(reason, first.Reason, key, period, first.Where));
            }

            return;
        }

        _seen.Add((key, period), (reason, whereText));
        Observations.Add(new Observation(key, period, number, flag, new Provenance(_document, where, []), note));
    }

    /// <summary>Reports what was skipped (one warning per kind, with the codes) and an empty result.</summary>
    public void Finish()
    {
        foreach ((string why, SortedSet<string> codes) in _skipped)
        {
            _sink.Warning(SourceMessages.SkippedCode, "", SourceMessages.EurostatSkipped(_skipCounts[why], why, codes));
        }

        // A table of all citizenships together (TPS00170, citizen TOTAL) is read and checked, but has no partner
        // country to file its figures under: say so, without refusing the file.
        // Only where no row of a country was read at all: rows of countries whose values are all empty are a damaged file.
        bool citizenTotalsOnly = _keyed == 0 && _skipped.Count > 0 && _skipped.Keys.All(k => k.StartsWith("aggregate", StringComparison.Ordinal));
        if (_sink.ErrorCount == 0 && Observations.Count == 0 && !citizenTotalsOnly)
        {
            _sink.Error(SourceMessages.NoRowsCode, _firstEmpty, _emptyValues > 0 ? SourceMessages.EurostatAllValuesEmpty(_emptyValues) : SourceMessages.EurostatNothingKept);
        }
        else if (_emptyValues > 0)
        {
            _sink.Warning(SourceMessages.BlankRowCode, _firstEmpty, SourceMessages.EurostatEmptyValues(_emptyValues));
        }
    }

    /// <summary>A dimension name as the header writes it: <c>freq</c>, or <c>freq:Time frequency</c> in exports with labels.</summary>
    public static string DimensionName(string header)
    {
        string h = header.Trim().Trim('"');
        int colon = h.IndexOf(':', StringComparison.Ordinal);
        return (colon > 0 ? h[..colon] : h).Trim();
    }

    /// <summary>A code as a cell writes it: <c>EDUC</c>, or <c>EDUC:Education reasons</c> in exports with labels.</summary>
    public static string CodeOf(string cell)
    {
        int colon = cell.IndexOf(':', StringComparison.Ordinal);
        return (colon > 0 ? cell[..colon] : cell).Trim();
    }
}
