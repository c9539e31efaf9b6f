using System.Collections.Frozen;
using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Fsb;

/// <summary>
/// The labels of the FSB / Rosstat table of entries by purpose of trip, mapped onto Flowwatch's model in
/// one place: the purpose columns (<c>data/labels/fsb-purposes.csv</c>) and the roles of the other labels
/// (<c>data/labels/fsb-rows.csv</c>: the country column, the merged group header, total and aggregate rows).
/// </summary>
/// <remarks>
/// Labels compare as <see cref="CountryNames.Normalize"/> does: case, ё/е, quotes, extra spaces and footnote
/// marks (<c>Учеба¹</c>, <c>Работа*</c>, <c>Работа 2)</c>) do not matter. To add a label, add a line to the
/// CSV file; both are embedded in the library at build time.
/// </remarks>
public sealed class FsbLabels
{
    private static readonly Lazy<FsbLabels> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Purpose> _purposes;
    private readonly FrozenDictionary<string, FsbLabelRole> _roles;

    private FsbLabels(IEnumerable<(string Label, Purpose Purpose)> purposes, IEnumerable<(string Label, FsbLabelRole Role)> roles)
    {
        var p = new Dictionary<string, Purpose>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach ((string label, Purpose purpose) in purposes)
        {
            if (p.TryAdd(Normalize(label), purpose))
            {
                labels.Add(label);
            }
        }

        var r = new Dictionary<string, FsbLabelRole>(StringComparer.Ordinal);
        foreach ((string label, FsbLabelRole role) in roles)
        {
            r.TryAdd(Normalize(label) + "\u001F" + ((int)role).ToString(CultureInfo.InvariantCulture), role);
        }

        _purposes = p.ToFrozenDictionary(StringComparer.Ordinal);
        _roles = r.ToFrozenDictionary(StringComparer.Ordinal);
        PurposeLabels = labels;
    }

    /// <summary>The labels bundled with Flowwatch.</summary>
    public static FsbLabels Default => LazyDefault.Value;

    /// <summary>Every purpose label as written in the label file, for messages that list what was expected.</summary>
    public IReadOnlyList<string> PurposeLabels { get; }

    /// <summary>The purpose a column label names (<c>Учеба¹</c> gives <see cref="Purpose.Study"/>; <c>Всего</c> gives <see cref="Purpose.Total"/>). Never throws.</summary>
    public bool TryGetPurpose(string? label, out Purpose purpose)
    {
        purpose = default;
        return !string.IsNullOrWhiteSpace(label) && _purposes.TryGetValue(Normalize(label), out purpose);
    }

    /// <summary>Whether <paramref name="label"/> plays <paramref name="role"/> in the table (<c>Итого</c> is a total row).</summary>
    public bool Is(string? label, FsbLabelRole role) =>
        !string.IsNullOrWhiteSpace(label) && _roles.ContainsKey(Normalize(label) + "\u001F" + ((int)role).ToString(CultureInfo.InvariantCulture));

    /// <summary>The form labels compare in: <see cref="CountryNames.Normalize"/>, with dashes and non-breaking spaces folded.</summary>
    public static string Normalize(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return CountryNames.Normalize(label.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    /// <summary>Builds a label map from the two CSV texts (<c>label,purpose,note</c> and <c>label,role,note</c>).</summary>
    /// <exception cref="FormatException">A line names an unknown purpose or role; the message says which.</exception>
    public static FsbLabels Parse(string purposesCsv, string rolesCsv)
    {
        var purposes = new List<(string, Purpose)>();
        foreach ((int line, string label, string code) in Rows(purposesCsv, "purpose"))
        {
            if (!PurposeCodes.TryParse(code, out Purpose purpose))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"fsb-purposes.csv, line {line}: '{code}' is not a purpose ({string.Join(", ", PurposeCodes.All)})."));
            }

            purposes.Add((label, purpose));
        }

        var roles = new List<(string, FsbLabelRole)>();
        foreach ((int line, string label, string code) in Rows(rolesCsv, "role"))
        {
            FsbLabelRole role = code switch
            {
                "country-column" => FsbLabelRole.CountryColumn,
                "purpose-group" => FsbLabelRole.PurposeGroup,
                "total-row" => FsbLabelRole.TotalRow,
                "aggregate-row" => FsbLabelRole.AggregateRow,
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"fsb-rows.csv, line {line}: '{code}' is not a role (country-column, purpose-group, total-row, aggregate-row).")),
            };
            roles.Add((label, role));
        }

        return new FsbLabels(purposes, roles);
    }

    private static IEnumerable<(int Line, string Label, string Code)> Rows(string csv, string codeColumn)
    {
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).FromText(csv);
        int labelCol = reader.Header.IndexOf("label");
        int codeCol = reader.Header.IndexOf(codeColumn);
        var rows = new List<(int, string, string)>();
        foreach (SepReader.Row row in reader)
        {
            if (row.ColCount <= Math.Max(labelCol, codeCol) || row[labelCol].Span.IsWhiteSpace())
            {
                continue;
            }

            rows.Add((row.LineNumberFrom, row[labelCol].ToString().Trim(), row[codeCol].ToString().Trim()));
        }

        return rows;
    }

    private static FsbLabels LoadEmbedded() =>
        Parse(EmbeddedText.Read("labels/fsb-purposes.csv"), EmbeddedText.Read("labels/fsb-rows.csv"));
}
