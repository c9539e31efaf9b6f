namespace Flowwatch.Analysis.Claims;

/// <summary>How a writer hedged a number ("fast 8.000", "about 7,800", "bis zu 12.000").</summary>
public enum Qualifier
{
    /// <summary>No hedge: the number stands as written, at its own precision.</summary>
    None,

    /// <summary>About: rund, etwa, ungefähr, about, around, около, примерно.</summary>
    About,

    /// <summary>Almost: fast, knapp, nearly, almost, почти (the actual value lies just below).</summary>
    Almost,

    /// <summary>Up to: bis zu, up to, до (an upper bound).</summary>
    UpTo,

    /// <summary>More than: mehr als, über, more than, over, более, свыше (a strict lower bound).</summary>
    MoreThan,

    /// <summary>At least: mindestens, at least, не менее.</summary>
    AtLeast,

    /// <summary>Less than: weniger als, less than, fewer than, менее.</summary>
    LessThan,
}
