namespace Flowwatch.Model;

/// <summary>The granularity of a <see cref="Period"/>, coarsest first.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year: <c>2024</c>.</summary>
    Year = 0,

    /// <summary>A half year: <c>2024-H1</c>.</summary>
    Half = 1,

    /// <summary>A quarter: <c>2024-Q3</c>.</summary>
    Quarter = 2,

    /// <summary>A month: <c>2024-07</c>.</summary>
    Month = 3,

    /// <summary>
    /// January to the end of a month that does not close a quarter, half or year, as cumulative tables
    /// publish it (январь–август): <c>2024-YTD08</c>. Cumulative periods that do close one
    /// (January to June) are that period (<c>2024-H1</c>).
    /// </summary>
    YearToDate = 4,
}
