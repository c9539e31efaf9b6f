namespace Flowwatch.Model.Sanctions;

/// <summary>What a designation names: a person or an entity (companies, banks, state bodies, shipping firms).</summary>
/// <remarks>The UN list has no vessel records: vessels appear as IMO numbers in the entities' text fields.</remarks>
public enum PartyKind
{
    /// <summary>An individual (<c>INDIVIDUAL</c>, reference numbers such as KPi.002).</summary>
    Person,

    /// <summary>An entity (<c>ENTITY</c>, reference numbers such as KPe.050).</summary>
    Entity,
}
