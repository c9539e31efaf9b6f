namespace Flowwatch.Analysis.Sanctions;

/// <summary>What a screened name is said to be.</summary>
public enum ScreeningType
{
    /// <summary>Unknown: persons, entities and IMO numbers are all tried.</summary>
    Any,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A company, bank, body or other entity.</summary>
    Entity,

    /// <summary>A vessel: matched by its IMO number.</summary>
    Vessel,
}
