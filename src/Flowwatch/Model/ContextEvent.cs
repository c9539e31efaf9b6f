namespace Flowwatch.Model;

/// <summary>A dated event that can explain a series (data/events.csv): a treaty, a deployment, a table left blank.</summary>
/// <param name="Date">When it happened.</param>
/// <param name="Title">What happened, in one line.</param>
/// <param name="Actors">Who took part: ISO codes (<c>RU</c>, <c>KP</c>) or bodies (<c>UNSC</c>).</param>
/// <param name="Kind">sanctions, diplomacy, military, data ...</param>
/// <param name="SourceUrl">Where it is reported.</param>
public sealed record ContextEvent(DateOnly Date, string Title, IReadOnlyList<string> Actors, string Kind, string SourceUrl)
{
    /// <summary>Whether <paramref name="country"/> is among the actors.</summary>
    public bool Involves(Country country) => Actors.Contains(country.Code, StringComparer.Ordinal);
}
