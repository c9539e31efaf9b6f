using System.Globalization;
using System.Text.Json.Serialization;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Application.Watching;

/// <summary>The list entry a sanctions-list alert is about, as the list states it.</summary>
public sealed record ListEntryRef
{
    /// <summary>The entry's reference number on the list (KPi.033).</summary>
    [JsonPropertyName("reference")]
    public required string Reference { get; init; }

    /// <summary>The entry's primary name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>person or entity.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>The sanctions regime (DPRK, ...).</summary>
    [JsonPropertyName("regime")]
    public required string Regime { get; init; }

    /// <summary>When the entry was listed (yyyy-MM-dd), when the list says.</summary>
    [JsonPropertyName("listed_on")]
    public string? ListedOn { get; init; }

    /// <summary>The entry as an alert carries it.</summary>
    public static ListEntryRef From(DesignatedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new ListEntryRef
        {
            Reference = party.Reference,
            Name = party.Name,
            Kind = party.Kind.ToString().ToLowerInvariant(),
            Regime = party.Regime,
            ListedOn = party.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
