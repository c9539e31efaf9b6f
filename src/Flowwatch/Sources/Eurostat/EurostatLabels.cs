using System.Collections.Frozen;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Fsb;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Eurostat's labels mapped back to its codes (<c>data/labels/eurostat-labels.csv</c>), for exports written with
/// labels instead of codes ("Total", "Education reasons", "Austria"): dimension names ("Country of citizenship" is
/// <c>citizen</c>) and, per dimension, value labels. A country label (geo, citizen) not in the list resolves through
/// the country names (Austria is AT, then EL/UK rules do not apply: names are unambiguous).
/// </summary>
internal static class EurostatLabels
{
    private static readonly Lazy<FrozenDictionary<string, string>> LazyMap = new(Load);
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> LazyCodes = new(LoadCodes);

    /// <summary>The dimension a label column names ("Country of citizenship" is citizen), or null.</summary>
    public static string? DimensionOf(string label) =>
        LazyMap.Value.TryGetValue(Key("_dimension", label), out string? code) ? code : null;

    /// <summary>
    /// The code of a cell of dimension <paramref name="dimension"/>: the code itself (<c>EDUC</c>, or <c>EDUC:label</c>),
    /// or the code a label stands for; null when the cell is a label Flowwatch does not know.
    /// </summary>
    public static string? CodeOf(string dimension, string cell)
    {
        string text = EurostatRecords.CodeOf(cell);
        if (IsCode(text))
        {
            return text;
        }

        if (LazyMap.Value.TryGetValue(Key(dimension, text), out string? code))
        {
            return code;
        }

        return dimension is "geo" or "citizen" && Model.CountryNames.Default.TryResolve(text, out Model.Country country) ? country.Code : null;
    }

    /// <summary>The codes the label file lists for a dimension (empty for a dimension it does not list).</summary>
    public static IReadOnlySet<string> CodesOf(string dimension) =>
        LazyCodes.Value.TryGetValue(dimension, out FrozenSet<string>? codes) ? codes : FrozenSet<string>.Empty;

    // Eurostat codes are upper-case letters, digits, '_' and '-' (EU27_2020, 3-5M, 2023); a label has lower case or spaces.
    private static bool IsCode(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '_' or '-');

    private static string Key(string dimension, string label) => dimension + "\u001F" + FsbLabels.Normalize(label);

    private static FrozenDictionary<string, FrozenSet<string>> LoadCodes()
    {
        var codes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(EmbeddedText.Read("labels/eurostat-labels.csv"));
        foreach (SepReader.Row row in reader)
        {
            string dimension = row["dimension"].ToString().Trim();
            if (!codes.TryGetValue(dimension, out HashSet<string>? set))
            {
                codes.Add(dimension, set = new HashSet<string>(StringComparer.Ordinal));
            }

            set.Add(row["code"].ToString().Trim());
        }

        return codes.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(EmbeddedText.Read("labels/eurostat-labels.csv"));
        foreach (SepReader.Row row in reader)
        {
            string label = row["label"].ToString();
            if (label.Trim().Length > 0)
            {
                map.TryAdd(Key(row["dimension"].ToString().Trim(), label), row["code"].ToString().Trim());
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
