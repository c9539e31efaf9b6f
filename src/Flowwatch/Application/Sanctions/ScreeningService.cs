using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Application.Sanctions;

/// <summary>
/// Screening as a use case: one prepared <see cref="Screener"/> per list version, shared by the
/// command, the API and article checks.
/// </summary>
public sealed class ScreeningService
{
    /// <summary>Screening against <paramref name="list"/>.</summary>
    public ScreeningService(SanctionsList list) => Screener = new Screener(list);

    /// <summary>Screening against every list in <paramref name="lists"/>; each match says which list it is from.</summary>
    public ScreeningService(IReadOnlyList<SanctionsList> lists) => Screener = new Screener(lists);

    /// <summary>The prepared list.</summary>
    public Screener Screener { get; }

    /// <summary>The (first) list version screened against.</summary>
    public SanctionsList List => Screener.List;

    /// <summary>Every list version screened against.</summary>
    public IReadOnlyList<SanctionsList> Lists => Screener.Lists;

    /// <summary>The matches for one name, best first.</summary>
    public IReadOnlyList<ScreeningMatch> Screen(ScreeningQuery query, int max = 10) => Screener.Screen(query, max);

    /// <summary>The designated names an article's text mentions (alerts only), in text order.</summary>
    public IReadOnlyList<DesignatedNameMark> MarkNames(string text) => DesignatedNameFinder.Find(text, Screener);
}
