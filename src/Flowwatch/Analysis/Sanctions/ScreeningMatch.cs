using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>One listed party a screened name may be, with why.</summary>
/// <param name="Party">The listed record.</param>
/// <param name="MatchedName">Which of its names matched (primary or an alias).</param>
/// <param name="Score">0 to 1, two decimals; at or above <see cref="Screener.AlertThreshold"/> it alerts.</param>
/// <param name="Alert">The calibrated decision.</param>
/// <param name="Rule">The rule that matched: <c>name</c>, <c>name-loose</c>, <c>words</c>, <c>distinctive-word</c>, <c>acronym</c>, <c>imo</c>.</param>
/// <param name="Explanation">Which query word matched which listed word and how, and the words on either side that matched nothing.</param>
public sealed record ScreeningMatch(DesignatedParty Party, ListedName MatchedName, double Score, bool Alert, string Rule, string Explanation)
{
    /// <summary>The list (and version) the party is on.</summary>
    public SanctionsList? List { get; init; }

    /// <summary>Whether the listed name is one many people carry: the match needs a date of birth or nationality to confirm it.</summary>
    public bool CommonName { get; init; }
}
