using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Flowwatch.Model;

/// <summary>
/// A calendar period in which a figure was counted: a year, half, quarter, month, or January to some
/// month. Immutable; its invariant text form is <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>,
/// <c>2024-07</c> or <c>2024-YTD08</c>.
/// </summary>
/// <remarks>Periods order by their first month, then longest first, so a year sorts before its quarters.</remarks>
public readonly struct Period : IEquatable<Period>, IComparable<Period>, ISpanParsable<Period>, ISpanFormattable
{
    /// <summary>The earliest year Flowwatch accepts.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year Flowwatch accepts.</summary>
    public const int MaxYear = 2200;

    private Period(int year, PeriodKind kind, int index)
    {
        Year = year;
        Kind = kind;
        Index = index;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The granularity.</summary>
    public PeriodKind Kind { get; }

    /// <summary>
    /// The number within the year: 1 for a year, 1-2 for a half, 1-4 for a quarter, 1-12 for a month,
    /// and the last month (1-12) for a year-to-date period.
    /// </summary>
    public int Index { get; }

    /// <summary>The first month of the period (1-12).</summary>
    public int FirstMonth => Kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Half => ((Index - 1) * 6) + 1,
        PeriodKind.Quarter => ((Index - 1) * 3) + 1,
        PeriodKind.Month => Index,
        _ => 1,
    };

    /// <summary>The last month of the period (1-12).</summary>
    public int LastMonth => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Half => Index * 6,
        PeriodKind.Quarter => Index * 3,
        _ => Index,
    };

    /// <summary>The number of months the period spans.</summary>
    public int MonthCount => LastMonth - FirstMonth + 1;

    /// <summary>A calendar year.</summary>
    public static Period OfYear(int year) => Create(year, PeriodKind.Year, 1);

    /// <summary>A half year (1 or 2).</summary>
    public static Period OfHalf(int year, int half) => Create(year, PeriodKind.Half, half);

    /// <summary>A quarter (1 to 4).</summary>
    public static Period OfQuarter(int year, int quarter) => Create(year, PeriodKind.Quarter, quarter);

    /// <summary>A month (1 to 12).</summary>
    public static Period OfMonth(int year, int month) => Create(year, PeriodKind.Month, month);

    /// <summary>
    /// January to the end of <paramref name="lastMonth"/>, normalised: through March is Q1, June H1,
    /// December the year, January the month; any other month gives a <see cref="PeriodKind.YearToDate"/>.
    /// </summary>
    public static Period YearToMonth(int year, int lastMonth) => lastMonth switch
    {
        1 => OfMonth(year, 1),
        3 => OfQuarter(year, 1),
        6 => OfHalf(year, 1),
        12 => OfYear(year),
        _ => Create(year, PeriodKind.YearToDate, lastMonth),
    };

    private static Period Create(int year, PeriodKind kind, int index)
    {
        if (!IsValid(year, kind, index))
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{kind} {index} of {year} is not a period.");
        }

        return new Period(year, kind, index);
    }

    private static bool IsValid(int year, PeriodKind kind, int index) =>
        year is >= MinYear and <= MaxYear && index >= 1 && kind switch
        {
            PeriodKind.Year => index == 1,
            PeriodKind.Half => index <= 2,
            PeriodKind.Quarter => index <= 4,
            PeriodKind.Month => index <= 12,
            PeriodKind.YearToDate => index is 2 or 4 or 5 or 7 or 8 or 9 or 10 or 11,
            _ => false,
        };

    /// <summary>The same period one year earlier (2024-Q3 gives 2023-Q3).</summary>
    public Period YearEarlier => new(Year - 1, Kind, Index);

    /// <summary>The period of the same kind that follows this one (2024-Q4 gives 2025-Q1).</summary>
    /// <exception cref="InvalidOperationException">For year-to-date periods, which have no successor.</exception>
    public Period Next => Kind switch
    {
        PeriodKind.Year => OfYear(Year + 1),
        PeriodKind.Half => Index == 2 ? OfHalf(Year + 1, 1) : OfHalf(Year, 2),
        PeriodKind.Quarter => Index == 4 ? OfQuarter(Year + 1, 1) : OfQuarter(Year, Index + 1),
        PeriodKind.Month => Index == 12 ? OfMonth(Year + 1, 1) : OfMonth(Year, Index + 1),
        _ => throw new InvalidOperationException("A year-to-date period has no successor."),
    };

    /// <summary>The period of the same kind before this one (2024-Q1 gives 2023-Q4).</summary>
    /// <exception cref="InvalidOperationException">For year-to-date periods.</exception>
    public Period Previous => Kind switch
    {
        PeriodKind.Year => OfYear(Year - 1),
        PeriodKind.Half => Index == 1 ? OfHalf(Year - 1, 2) : OfHalf(Year, 1),
        PeriodKind.Quarter => Index == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Index - 1),
        PeriodKind.Month => Index == 1 ? OfMonth(Year - 1, 12) : OfMonth(Year, Index - 1),
        _ => throw new InvalidOperationException("A year-to-date period has no predecessor."),
    };

    /// <summary>
    /// The same period <paramref name="years"/> years later, or earlier when negative (2024-Q3 and -1 give 2023-Q3;
    /// 2024-YTD09 and -1 give 2023-YTD09). Never throws.
    /// </summary>
    /// <param name="years">Years to move by.</param>
    /// <param name="result">The period moved; default when it would leave <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>False when the year would leave the accepted range.</returns>
    public bool TryAddYears(int years, out Period result)
    {
        long year = (long)Year + years;
        if (year is < MinYear or > MaxYear)
        {
            result = default;
            return false;
        }

        result = new Period((int)year, Kind, Index);
        return true;
    }

    /// <summary>
    /// The period <paramref name="steps"/> periods of its own kind later, or earlier when negative: 2024-Q1 and -1 give
    /// 2023-Q4 ("the previous quarter"), 2024-H2 and 1 give 2025-H1. Never throws.
    /// </summary>
    /// <param name="steps">Periods of this kind to move by.</param>
    /// <param name="result">The period moved; default for a year-to-date period or outside the accepted years.</param>
    /// <returns>False for a year-to-date period (it has no neighbours of its kind) or when the year leaves the range.</returns>
    public bool TryAddSteps(int steps, out Period result)
    {
        int perYear = Kind switch
        {
            PeriodKind.Year => 1,
            PeriodKind.Half => 2,
            PeriodKind.Quarter => 4,
            PeriodKind.Month => 12,
            _ => 0,
        };
        long index = ((long)Year * perYear) + Index - 1 + steps;
        long year = perYear == 0 ? 0 : index / perYear;
        if (perYear == 0 || year is < MinYear or > MaxYear)
        {
            result = default;
            return false;
        }

        result = new Period((int)year, Kind, (int)(index % perYear) + 1);
        return true;
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this period (a period contains itself).</summary>
    public bool Contains(Period other) =>
        other.Year == Year && other.FirstMonth >= FirstMonth && other.LastMonth <= LastMonth;

    /// <summary>Whether the two periods share at least one month.</summary>
    public bool Overlaps(Period other) =>
        other.Year == Year && other.FirstMonth <= LastMonth && other.LastMonth >= FirstMonth;

    /// <summary>
    /// The period of <paramref name="kind"/> that contains this one, if there is exactly one
    /// (2024-08 in quarters is 2024-Q3; 2024-Q2 in halves is 2024-H1; a half has no quarter).
    /// </summary>
    public bool TryGetEnclosing(PeriodKind kind, out Period enclosing)
    {
        enclosing = kind switch
        {
            PeriodKind.Year => OfYear(Year),
            PeriodKind.Half => new Period(Year, PeriodKind.Half, ((FirstMonth - 1) / 6) + 1),
            PeriodKind.Quarter => new Period(Year, PeriodKind.Quarter, ((FirstMonth - 1) / 3) + 1),
            PeriodKind.Month => new Period(Year, PeriodKind.Month, FirstMonth),
            _ => default,
        };
        return kind != PeriodKind.YearToDate && enclosing.Year != 0 && enclosing.Contains(this);
    }

    /// <summary>
    /// The periods of <paramref name="kind"/> that exactly tile this one, in order
    /// (2024 in quarters is Q1 to Q4; 2024-H2 in months is 2024-07 to 2024-12). Empty when they do not tile it.
    /// </summary>
    public IReadOnlyList<Period> Split(PeriodKind kind)
    {
        int months = kind switch
        {
            PeriodKind.Year => 12,
            PeriodKind.Half => 6,
            PeriodKind.Quarter => 3,
            PeriodKind.Month => 1,
            _ => 0,
        };
        if (months == 0 || months > MonthCount || (FirstMonth - 1) % months != 0 || MonthCount % months != 0)
        {
            return [];
        }

        var parts = new List<Period>(MonthCount / months);
        for (int first = FirstMonth; first <= LastMonth; first += months)
        {
            parts.Add(new Period(Year, kind, ((first - 1) / months) + 1));
        }

        return parts;
    }

    /// <inheritdoc/>
    public bool Equals(Period other) => Year == other.Year && Kind == other.Kind && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Kind, Index);

    /// <inheritdoc/>
    public int CompareTo(Period other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0)
        {
            c = FirstMonth.CompareTo(other.FirstMonth);
        }

        if (c == 0)
        {
            c = other.MonthCount.CompareTo(MonthCount);
        }

        return c == 0 ? Kind.CompareTo(other.Kind) : c;
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>The invariant text form: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q3</c>, <c>2024-07</c>, <c>2024-YTD08</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        PeriodKind.YearToDate => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-YTD{Index:D2}"),
        _ => "(no period)",
    };

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Parses the invariant text form. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Period result)
    {
        result = default;
        s = s.Trim();
        if (s.Length < 4 || !TryDigits(s[..4], out int year))
        {
            return false;
        }

        if (s.Length == 4)
        {
            return TryCreate(year, PeriodKind.Year, 1, out result);
        }

        if (s[4] != '-' || s.Length < 6)
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[5..];
        char head = char.ToUpperInvariant(rest[0]);
        if (head == 'H' && rest.Length == 2 && TryDigits(rest[1..], out int half))
        {
            return TryCreate(year, PeriodKind.Half, half, out result);
        }

        if (head == 'Q' && rest.Length == 2 && TryDigits(rest[1..], out int quarter))
        {
            return TryCreate(year, PeriodKind.Quarter, quarter, out result);
        }

        if (rest.Length == 2 && TryDigits(rest, out int month))
        {
            return TryCreate(year, PeriodKind.Month, month, out result);
        }

        if (rest.Length == 5 && rest[..3].Equals("YTD", StringComparison.OrdinalIgnoreCase) && TryDigits(rest[3..], out int last))
        {
            if (last is 1 or 3 or 6 or 12)
            {
                result = YearToMonth(year, last);
                return year is >= MinYear and <= MaxYear;
            }

            return TryCreate(year, PeriodKind.YearToDate, last, out result);
        }

        return false;
    }

    private static bool TryCreate(int year, PeriodKind kind, int index, out Period result)
    {
        bool ok = IsValid(year, kind, index);
        result = ok ? new Period(year, kind, index) : default;
        return ok;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }

    /// <summary>Parses the invariant text form.</summary>
    /// <exception cref="FormatException">The text is not a period; the message quotes it.</exception>
    public static Period Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Period result) ? result : throw new FormatException(ModelMessages.NotAPeriod(s.ToString()));

    /// <inheritdoc/>
    static Period IParsable<Period>.Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc/>
    static bool IParsable<Period>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result) =>
        TryParse(s.AsSpan(), out result);

    /// <inheritdoc/>
    static Period ISpanParsable<Period>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<Period>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result) => TryParse(s, out result);
}
