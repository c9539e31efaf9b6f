namespace Flowwatch.Analysis.Claims;

/// <summary>The role a word plays in a claim's frame.</summary>
internal enum LexKind : byte
{
    None,
    Partner,
    Reporter,
    Russians,
    Entry,
    Visa,
    Worker,
    Uncovered,
    Purpose,
    NumberWord,
    Scale,
    Multiple,
    Times,
    Month,
    Quarter,
    Half,
    YearWord,
    Ordinal,
    RangeTo,
    RangeFrom,
    PreviousYear,
    Last,
    This,
    Compare,
    Earlier,
    TimeUnit,
    Age,
    Reference,
    Percent,
    Change,
    Total,
    Season,
    Abbreviation,
    Person,
    PhraseHead,
    RelativeYear,
    Since,
    SamePeriod,
    Respectively,
    Ago,
    MonthsUnit,
    YearStart,
    Dataset,
    Mode,

    /// <summary>
    /// The publisher a text cites ("сообщает Росстат"): it licenses that publisher's measures for the sentence's numbers
    /// (tourist trips) but names no dataset by itself.
    /// </summary>
    Publisher,
}
