namespace Flowwatch.Model.Sanctions;

/// <summary>How sure the list is of a name: the UN list's alias <c>QUALITY</c>, or the primary name itself.</summary>
public enum AliasQuality
{
    /// <summary>The record's own name (its name parts or the entity's <c>FIRST_NAME</c>).</summary>
    Primary,

    /// <summary><c>Good</c>: a strong alias.</summary>
    Good,

    /// <summary><c>a.k.a.</c>: also known as.</summary>
    AlsoKnownAs,

    /// <summary><c>f.k.a.</c>: formerly known as.</summary>
    FormerlyKnownAs,

    /// <summary><c>Low</c>: a weak alias, too broad to identify on its own.</summary>
    Low,

    /// <summary>The quality was left empty.</summary>
    Unspecified,
}
