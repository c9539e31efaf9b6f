namespace Flowwatch.Model.Sanctions;

/// <summary>A listed date of birth: an exact date, a year, about a year, or between two years.</summary>
/// <param name="Kind">How precise it is.</param>
/// <param name="Date">The full date, where the list gives one.</param>
/// <param name="FromYear">The year (or the first year of a range).</param>
/// <param name="ToYear">The last year of a range; equals <paramref name="FromYear"/> otherwise.</param>
public sealed record BirthDate(BirthDateKind Kind, DateOnly? Date, int FromYear, int ToYear)
{
    /// <summary>How many years either side an approximate year admits.</summary>
    public const int ApproximateSlack = 2;

    /// <summary>Whether a person born in <paramref name="year"/> fits this date.</summary>
    public bool Admits(int year) => Kind switch
    {
        BirthDateKind.Approximately => year >= FromYear - ApproximateSlack && year <= ToYear + ApproximateSlack,
        _ => year >= FromYear && year <= ToYear,
    };

    /// <summary><c>1944-03-09</c>, <c>1938</c>, <c>about 1960</c> or <c>1967-1969</c>.</summary>
    public override string ToString() => Kind switch
    {
        BirthDateKind.Approximately => $"about {FromYear}",
        BirthDateKind.Between => $"{FromYear}-{ToYear}",
        _ => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
