using System.Collections.Frozen;
using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Eurostat's codes as Flowwatch reads them: the reasons of <c>migr_resfirst</c> mapped onto
/// <see cref="Purpose"/> (<c>data/labels/eurostat-reasons.csv</c>), its country codes (EL for Greece and
/// UK for the United Kingdom become GR and GB), its time periods and its observation flags.
/// </summary>
public static class EurostatCodes
{
    private static readonly Lazy<FrozenDictionary<string, Purpose>> LazyReasons = new(() => ParseReasons(EmbeddedText.Read("labels/eurostat-reasons.csv")));

    /// <summary>The top-level reasons and the purposes they map to; sub-reasons (<c>EMP_HSK</c>) are not in it.</summary>
    public static IReadOnlyDictionary<string, Purpose> Reasons => LazyReasons.Value;

    /// <summary>What a reason code means to Flowwatch.</summary>
    /// <returns><see cref="EurostatCodeKind.Kept"/> with its purpose for a top-level reason;
    /// <see cref="EurostatCodeKind.Skipped"/> for a sub-reason of one (<c>EDUC_STUDY</c>, <c>EMP_HSK</c>), which its
    /// top-level reason already counts; <see cref="EurostatCodeKind.Unknown"/> otherwise.</returns>
    public static EurostatCodeKind ClassifyReason(string code, out Purpose purpose)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Reasons.TryGetValue(code, out purpose))
        {
            return EurostatCodeKind.Kept;
        }

        int underscore = code.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 && Reasons.ContainsKey(code[..underscore]) ? EurostatCodeKind.Skipped : EurostatCodeKind.Unknown;
    }

    /// <summary>What a geo or citizen code means: a country (EL and UK mapped to GR and GB), an aggregate to skip
    /// (<c>EU27_2020</c>, <c>EXT_EU27_2020</c>, <c>TOTAL</c>, <c>STLS</c>, <c>UNK</c>), or an unknown code.</summary>
    public static EurostatCodeKind ClassifyCountry(string code, out Country country)
    {
        ArgumentNullException.ThrowIfNull(code);
        country = default;
        string c = code.Trim().ToUpperInvariant() switch
        {
            "EL" => "GR",
            "UK" => "GB",
            var other => other,
        };
        if (c.Length == 2 && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1]))
        {
            return Country.TryParse(c, out country) ? EurostatCodeKind.Kept : EurostatCodeKind.Unknown;
        }

        // Groups of countries (EU27_2020, EXT_EU27_2020, EA20, EFTA), all, stateless, unknown and recognised
        // non-citizens have no ISO code: they are not a partner.
        return c.Length > 2 || c is "" ? EurostatCodeKind.Skipped : EurostatCodeKind.Unknown;
    }

    /// <summary>
    /// The dimension other than <paramref name="dimension"/> whose code <paramref name="code"/> is, or null: a reason code
    /// in a duration column, a duration code in a reason column say that the header's dimension names are swapped, and
    /// skipping the rows as "other durations" would hide it. Told only for codes of three characters or more that one
    /// dimension owns (TOTAL, UNK and one-letter codes such as A or T belong to many).
    /// </summary>
    internal static string? OtherDimensionOf(string dimension, string code)
    {
        if (code.Length < 3 || code is "TOTAL" || code is "UNK" || IsCodeOf(dimension, code))
        {
            return null;
        }

        foreach (string other in (ReadOnlySpan<string>)["reason", "duration", "unit", "citizen", "geo"])
        {
            if (other != dimension && IsCodeOf(other, code))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>Whether a code is one of the dimension's that Flowwatch knows (reasons and their sub-reasons, durations, units, aggregates).</summary>
    internal static bool IsCodeOf(string dimension, string code) =>
        dimension == "reason" ? ClassifyReason(code, out _) != EurostatCodeKind.Unknown : EurostatLabels.CodesOf(dimension).Contains(code);

    /// <summary>Whether the dimension's list of codes is complete, so that any other code in its column is damage (durations).</summary>
    internal static bool IsComplete(string dimension) => dimension == "duration";

    /// <summary>Parses a period as Eurostat writes it: <c>2023</c>, <c>2023-Q1</c>, <c>2023Q1</c>, <c>2023-S1</c>,
    /// <c>2023S1</c>, <c>2023-01</c>, <c>2023M01</c>. Never throws.</summary>
    public static bool TryParsePeriod(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string s = text.Trim().ToUpperInvariant();
        if (s.Length >= 6 && char.IsAsciiDigit(s[4]) is false && s[4] != '-')
        {
            // 2023Q1, 2023S1, 2023M01: insert the dash the invariant form has.
            s = s[..4] + "-" + s[4..];
        }

        if (s.Length >= 6 && s[4] == '-')
        {
            if (s[5] == 'S')
            {
                s = s[..5] + "H" + s[6..];
            }
            else if (s[5] == 'M')
            {
                s = s[..5] + s[6..];
            }
        }

        return Period.TryParse(s, out period);
    }

    /// <summary>
    /// Reads Eurostat observation flags (<c>e</c>, <c>p</c>, <c>ep</c>...): <c>e</c> (estimated) makes the figure
    /// approximate; <c>c</c> (confidential), <c>z</c> (not applicable) and <c>n</c> (not significant) suppress it;
    /// the others are kept as published with a note.
    /// </summary>
    /// <returns>False when the figure is suppressed.</returns>
    public static bool TryApplyFlags(string? flags, out ObservationFlag flag, out string? note)
    {
        flag = ObservationFlag.AsPublished;
        note = null;
        if (string.IsNullOrWhiteSpace(flags))
        {
            return true;
        }

        var words = new List<string>();
        foreach (char f in flags.Trim().ToLowerInvariant())
        {
            switch (f)
            {
                case 'c' or 'z' or 'n':
                    return false;
                case 'e':
                    flag = ObservationFlag.Approximate;
                    words.Add("e (estimated)");
                    break;
                case 'p':
                    words.Add("p (provisional)");
                    break;
                case 'b':
                    words.Add("b (break in time series)");
                    break;
                case 'u':
                    words.Add("u (low reliability)");
                    break;
                case 'd':
                    words.Add("d (definition differs)");
                    break;
                case 's':
                    words.Add("s (Eurostat estimate)");
                    break;
                case 'r':
                    words.Add("r (revised)");
                    break;
                case ' ' or ',':
                    break;
                default:
                    words.Add(f.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        note = words.Count > 0 ? "Eurostat flag " + string.Join(", ", words) + "." : null;
        return true;
    }

    internal static FrozenDictionary<string, Purpose> ParseReasons(string csv)
    {
        var map = new Dictionary<string, Purpose>(StringComparer.Ordinal);
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromText(csv);
        int codeCol = reader.Header.IndexOf("code");
        int purposeCol = reader.Header.IndexOf("purpose");
        foreach (SepReader.Row row in reader)
        {
            if (row.ColCount <= Math.Max(codeCol, purposeCol))
            {
                continue;
            }

            string code = row[codeCol].ToString().Trim();
            string purpose = row[purposeCol].ToString().Trim();
            map[code] = PurposeCodes.TryParse(purpose, out Purpose p)
                ? p
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"eurostat-reasons.csv, line {row.LineNumberFrom}: '{purpose}' is not a purpose."));
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
