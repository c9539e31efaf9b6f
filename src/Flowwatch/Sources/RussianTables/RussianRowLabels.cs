using System.Collections.Frozen;
using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// Row labels of Russian official tables (MVD, Rosstat) that are not plain country names
/// (<c>data/labels/ru-table-rows.csv</c>): the total row, groups, heading lines, rows without an ISO code
/// (stateless persons, Abkhazia) and source-specific names of a country («Корея» in Rosstat's early sheets).
/// Every other label must resolve through the country aliases, or the reader reports it.
/// </summary>
internal sealed class RussianRowLabels
{
    private static readonly Lazy<RussianRowLabels> LazyDefault = new(() => Parse(EmbeddedText.Read("labels/ru-table-rows.csv")));

    private readonly FrozenDictionary<string, (RussianRowRole Role, Country Country)> _labels;

    private RussianRowLabels(Dictionary<string, (RussianRowRole, Country)> labels) => _labels = labels.ToFrozenDictionary(StringComparer.Ordinal);

    public static RussianRowLabels Default => LazyDefault.Value;

    /// <summary>
    /// What a row is: a country (with its code), the total, a group, a heading, a row without a code; false for a label
    /// that is no country's name and for one two countries could carry (<paramref name="match"/> then lists them).
    /// </summary>
    public bool TryClassify(string label, out RussianRowRole role, out CountryMatch match)
    {
        string key = HeaderText.Normalize(label);
        if (_labels.TryGetValue(key, out var known))
        {
            role = known.Role;
            match = known.Role == RussianRowRole.Country ? new CountryMatch([known.Country]) : CountryMatch.None;
            return true;
        }

        role = RussianRowRole.Country;
        match = CountryNames.Default.Match(label);
        return match.IsFound;
    }

    public static RussianRowLabels Parse(string csv)
    {
        var labels = new Dictionary<string, (RussianRowRole, Country)>(StringComparer.Ordinal);
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(csv);
        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            string label = row["label"].ToString().Trim();
            string roleText = row["role"].ToString().Trim();
            RussianRowRole role = roleText switch
            {
                "total" => RussianRowRole.Total,
                "aggregate" => RussianRowRole.Aggregate,
                "heading" => RussianRowRole.Heading,
                "no-code" => RussianRowRole.NoCode,
                "country" => RussianRowRole.Country,
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"ru-table-rows.csv, line {line}: '{roleText}' is not a role (total, aggregate, heading, no-code, country).")),
            };
            Country country = default;
            if (role == RussianRowRole.Country && !Country.TryParse(row["code"].Span, out country))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"ru-table-rows.csv, line {line}: a country row needs an ISO 3166-1 alpha-2 code, not '{row["code"].ToString()}'."));
            }

            labels[HeaderText.Normalize(label)] = (role, country);
        }

        return new RussianRowLabels(labels);
    }
}
