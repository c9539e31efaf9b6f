namespace Flowwatch.Model.Sanctions;

/// <summary>What a designation names: a person, an entity (companies, banks, state bodies, shipping firms) or a vessel.</summary>
/// <remarks>The UN list has no vessel records (its vessels appear as IMO numbers in the entities' text fields); OFAC's SDN
/// list and FollowTheMoney files have them.</remarks>
public enum PartyKind
{
    /// <summary>An individual (<c>INDIVIDUAL</c>, reference numbers such as KPi.002).</summary>
    Person,

    /// <summary>An entity (<c>ENTITY</c>, reference numbers such as KPe.050).</summary>
    Entity,

    /// <summary>A ship, by name and IMO number.</summary>
    Vessel,
}
