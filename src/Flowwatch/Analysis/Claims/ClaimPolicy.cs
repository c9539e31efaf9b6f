using System.Globalization;
using System.Text.Json;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The tolerances under which a claimed number holds, as data (data/claims-policy.json, documented in
/// docs/claims.md). The rules themselves (an unhedged number rounds to the actual at its own precision,
/// "up to" is an upper bound ...) are fixed; the bands are the policy.
/// </summary>
public sealed record ClaimPolicy
{
    /// <summary>The policy that ships with Flowwatch.</summary>
    public static ClaimPolicy Default { get; } = LoadEmbedded();

    /// <summary>"About" holds when |actual - claimed| is at most this fraction of the claimed value (0.05: 5 %).</summary>
    public decimal AboutBand { get; init; } = 0.05m;

    /// <summary>"Almost" holds when the actual is at most the claimed value and short of it by at most this fraction.</summary>
    public decimal AlmostShortfall { get; init; } = 0.05m;

    /// <summary>
    /// How coarse a round number's own precision may be: half the unit it was rounded to is at most this fraction of the
    /// number (0.1: "5,000" rounds at the thousand, "10,000" and "1천" at the thousand and the hundred, not at their leading
    /// digit, where half a unit would be half the number). A claim that holds only at the coarser precision is neither
    /// supported nor contradicted (rule <c>too-round</c>).
    /// </summary>
    public decimal RoundBand { get; init; } = 0.1m;

    /// <summary>A contradicted number is said to be "probably meant" for another figure within this fraction of it.</summary>
    public decimal ProbablyMeantBand { get; init; } = 0.05m;

    /// <summary>
    /// The kinds of unhedged numbers that also hold when the actual was truncated rather than rounded to them:
    /// "percent" (983 % for 983.6 %), "multiple" ("tenfold" for 10.57), "scaled" (a number with a scale word and a
    /// decimal: "7,7 тысячи" for 7,771).
    /// </summary>
    public IReadOnlySet<string> TruncatedKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "percent", "multiple", "scaled" };

    /// <summary>True when the policy accepts a truncated actual for this number.</summary>
    public bool Truncates(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity.Kind switch
        {
            QuantityKind.Multiple => TruncatedKinds.Contains("multiple"),
            QuantityKind.Share or QuantityKind.PercentChange => TruncatedKinds.Contains("percent"),
            _ => quantity.Scaled && TruncatedKinds.Contains("scaled"),
        };
    }

    /// <summary>
    /// The unit a number is compared at: its own precision, made finer by tens while half of it is more than
    /// <see cref="RoundBand"/> of the number ("10,000" is compared at the thousand, "7,800" at the hundred as written).
    /// </summary>
    public decimal ComparedPrecision(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        decimal precision = quantity.Precision;
        decimal limit = RoundBand * Math.Abs(quantity.Value);
        while (precision > 1 && precision / 2 > limit)
        {
            precision /= 10;
        }

        return precision;
    }

    /// <summary>Reads a policy, gathering every problem before failing.</summary>
    /// <param name="json">The policy file's text.</param>
    /// <param name="name">The file's name, for messages.</param>
    /// <exception cref="FormatException">The file is not a valid policy; the message lists every problem.</exception>
    public static ClaimPolicy Parse(string json, string name)
    {
        var problems = new List<string>();
        ClaimPolicy policy = new();
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            policy = policy with
            {
                AboutBand = Fraction(root, "about", "band", 0.05m, problems),
                AlmostShortfall = Fraction(root, "almost", "shortfall", 0.05m, problems),
                ProbablyMeantBand = Fraction(root, "probably_meant", "band", 0.05m, problems),
                // Optional: a policy written before the rule has the default.
                RoundBand = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("round", out _) ? Fraction(root, "round", "band", 0.1m, problems) : 0.1m,
                TruncatedKinds = Kinds(root, problems),
            };
        }
        catch (JsonException ex)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber + 1}: not JSON ({ex.Message})"));
        }

        return problems.Count == 0 ? policy : throw new FormatException($"{name}: " + string.Join("; ", problems));
    }

    private static decimal Fraction(JsonElement root, string section, string key, decimal fallback, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(section, out JsonElement s) || s.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"\"{section}\" is missing (expected an object with \"{key}\")");
            return fallback;
        }

        if (!s.TryGetProperty(key, out JsonElement v) || v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out decimal d))
        {
            problems.Add($"\"{section}.{key}\" is missing or not a number (expected a fraction such as 0.05)");
            return fallback;
        }

        if (d is < 0 or >= 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"\"{section}.{key}\" is {d}; expected a fraction from 0 up to (not including) 1"));
            return fallback;
        }

        return d;
    }

    private static HashSet<string> Kinds(JsonElement root, List<string> problems)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("truncated", out JsonElement t))
        {
            // Optional: a policy without the section accepts no truncation.
            return kinds;
        }

        if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("kinds", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("\"truncated\" must be an object with \"kinds\": an array of \"percent\", \"multiple\", \"scaled\"");
            return kinds;
        }

        foreach (JsonElement k in list.EnumerateArray())
        {
            string? name = k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            // A switch, not a static list: Default is loaded during static initialisation, before later fields are set.
            if (name is not ("percent" or "multiple" or "scaled"))
            {
                problems.Add($"\"truncated.kinds\" holds {k.GetRawText()}; expected one of \"percent\", \"multiple\", \"scaled\"");
                continue;
            }

            kinds.Add(name);
        }

        return kinds;
    }

    private static ClaimPolicy LoadEmbedded()
    {
        using Stream? stream = typeof(ClaimPolicy).Assembly.GetManifestResourceStream("claims-policy.json");
        if (stream is null)
        {
            return new ClaimPolicy();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/claims-policy.json");
    }
}
