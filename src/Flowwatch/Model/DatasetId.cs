using System.Diagnostics.CodeAnalysis;

namespace Flowwatch.Model;

/// <summary>
/// Which statistic a figure belongs to: <c>ru-fsb-entries-by-purpose</c>, <c>eurostat-migr-resfirst</c>.
/// A lower-case token.
/// </summary>
public readonly struct DatasetId : IEquatable<DatasetId>, IComparable<DatasetId>, ISpanParsable<DatasetId>
{
    private readonly string? _id;

    private DatasetId(string id) => _id = id;

    /// <summary>The id.</summary>
    public string Id => _id ?? "";

    /// <summary>Parses a token of lower-case letters, digits, '_' and '-'. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DatasetId result)
    {
        result = default;
        s = s.Trim();
        if (!IdTokens.IsToken(s))
        {
            return false;
        }

        result = new DatasetId(IdTokens.Intern(s));
        return true;
    }

    /// <summary>Parses a token.</summary>
    /// <exception cref="FormatException">Not a token; the message quotes it.</exception>
    public static DatasetId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out DatasetId result) ? result : throw new FormatException(ModelMessages.NotADataset(s.ToString()));

    /// <inheritdoc/>
    static DatasetId IParsable<DatasetId>.Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc/>
    static bool IParsable<DatasetId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DatasetId result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc/>
    static DatasetId ISpanParsable<DatasetId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<DatasetId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DatasetId result) => TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(DatasetId other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DatasetId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <inheritdoc/>
    public int CompareTo(DatasetId other) => string.CompareOrdinal(_id, other._id);

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    /// <summary>Equality.</summary>
    public static bool operator ==(DatasetId left, DatasetId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DatasetId left, DatasetId right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(DatasetId left, DatasetId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(DatasetId left, DatasetId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(DatasetId left, DatasetId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(DatasetId left, DatasetId right) => left.CompareTo(right) >= 0;
}
