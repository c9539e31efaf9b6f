using System.Diagnostics.CodeAnalysis;

namespace Flowwatch.Model;

/// <summary>
/// The category a series counts within its dataset: a purpose (<c>study</c>), a mode of transport
/// (<c>air</c>) or a visa type (<c>tourist</c>), depending on the dataset. A lower-case token.
/// </summary>
public readonly struct Breakdown : IEquatable<Breakdown>, IComparable<Breakdown>, ISpanParsable<Breakdown>
{
    private readonly string? _code;

    private Breakdown(string code) => _code = code;

    /// <summary>The category across all others.</summary>
    public static Breakdown Total { get; } = new("total");

    /// <summary>The code.</summary>
    public string Code => _code ?? "";

    /// <summary>The purpose this category is, where it is one.</summary>
    public Purpose? AsPurpose => PurposeCodes.TryParse(Code, out Purpose p) ? p : null;

    /// <summary>The category of a purpose.</summary>
    public static Breakdown Of(Purpose purpose) => new(purpose.ToCode());

    /// <summary>Parses a token of lower-case letters, digits, '_' and '-' (upper case is folded). Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Breakdown result)
    {
        result = default;
        s = s.Trim();
        if (!IdTokens.IsToken(s))
        {
            return false;
        }

        result = new Breakdown(IdTokens.Intern(s));
        return true;
    }

    /// <summary>Parses a token.</summary>
    /// <exception cref="FormatException">Not a token; the message quotes it.</exception>
    public static Breakdown Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Breakdown result) ? result : throw new FormatException(ModelMessages.NotABreakdown(s.ToString()));

    /// <inheritdoc/>
    static Breakdown IParsable<Breakdown>.Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc/>
    static bool IParsable<Breakdown>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Breakdown result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc/>
    static Breakdown ISpanParsable<Breakdown>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<Breakdown>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Breakdown result) => TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(Breakdown other) => string.Equals(_code, other._code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Breakdown other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _code is null ? 0 : StringComparer.Ordinal.GetHashCode(_code);

    /// <inheritdoc/>
    public int CompareTo(Breakdown other) => string.CompareOrdinal(_code, other._code);

    /// <summary>The code.</summary>
    public override string ToString() => Code;

    /// <summary>Equality.</summary>
    public static bool operator ==(Breakdown left, Breakdown right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Breakdown left, Breakdown right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Breakdown left, Breakdown right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Breakdown left, Breakdown right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Breakdown left, Breakdown right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Breakdown left, Breakdown right) => left.CompareTo(right) >= 0;
}
