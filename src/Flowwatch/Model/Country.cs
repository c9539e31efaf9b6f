using System.Diagnostics.CodeAnalysis;

namespace Flowwatch.Model;

/// <summary>
/// A country or territory by its ISO 3166-1 alpha-2 code (<c>KP</c>, <c>RU</c>). Only assigned codes are
/// valid; names in English, German, Russian and Korean resolve through <see cref="CountryNames"/>.
/// </summary>
public readonly struct Country : IEquatable<Country>, IComparable<Country>, ISpanParsable<Country>
{
    private readonly string? _code;

    private Country(string code) => _code = code;

    /// <summary>The upper-case alpha-2 code.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether this is the default, unset value.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>The English name a reader uses (North Korea for KP, Russia for RU): <see cref="CountryNames.NameOf"/>.</summary>
    public string EnglishName => CountryNames.Default.NameOf(this, "en");

    /// <summary>Parses an alpha-2 code, in either case. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Country result)
    {
        s = s.Trim();
        result = default;
        if (s.Length != 2 || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetter(s[1]))
        {
            return false;
        }

        Span<char> upper = stackalloc char[2];
        s.ToUpperInvariant(upper);
        if (!CountryNames.Default.TryGetCanonicalCode(upper, out string? code))
        {
            return false;
        }

        result = new Country(code);
        return true;
    }

    /// <summary>Parses an alpha-2 code.</summary>
    /// <exception cref="FormatException">Not an assigned code; the message quotes the text.</exception>
    public static Country Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Country result) ? result : throw new FormatException(ModelMessages.NotACountry(s.ToString()));

    /// <inheritdoc/>
    static Country IParsable<Country>.Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc/>
    static bool IParsable<Country>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Country result) =>
        TryParse(s.AsSpan(), out result);

    /// <inheritdoc/>
    static Country ISpanParsable<Country>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<Country>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Country result) => TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(Country other) => string.Equals(_code, other._code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Country other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _code is null ? 0 : StringComparer.Ordinal.GetHashCode(_code);

    /// <inheritdoc/>
    public int CompareTo(Country other) => string.CompareOrdinal(_code, other._code);

    /// <summary>The alpha-2 code.</summary>
    public override string ToString() => Code;

    /// <summary>Equality.</summary>
    public static bool operator ==(Country left, Country right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Country left, Country right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Country left, Country right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Country left, Country right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Country left, Country right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Country left, Country right) => left.CompareTo(right) >= 0;

    internal static Country FromCanonical(string code) => new(code);
}
