namespace Flowwatch.Model.Sanctions;

/// <summary>How precise a listed date of birth is (the list's <c>TYPE_OF_DATE</c>).</summary>
public enum BirthDateKind
{
    /// <summary>An exact date or year.</summary>
    Exact,

    /// <summary>About that year.</summary>
    Approximately,

    /// <summary>Between two years.</summary>
    Between,
}
