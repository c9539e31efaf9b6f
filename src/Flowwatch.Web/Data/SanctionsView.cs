using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's sanctions list: the newest stored version, read once at start-up and prepared for
/// screening (an empty store first gets the bundled UN list, as the figures do). Immutable after that,
/// so requests share it without a lock.
/// </summary>
internal sealed class SanctionsView
{
    public SanctionsView(WebSettings settings)
    {
        using ISanctionsStore store = settings.OpenSanctions?.Invoke() ?? SqliteSanctionsStore.Open(DatabaseLocation.Resolve(settings.DatabasePath));
        Screening = new ScreeningService(new SanctionsLists(store).Current());
    }

    public ScreeningService Screening { get; }

    public SanctionsList List => Screening.List;

    private (long Version, IReadOnlyList<Pages.Mention> Mentions)? _mentions;

    /// <summary>The mentions for a store version, computed once per version.</summary>
    public IReadOnlyList<Pages.Mention> Cached(long version, Func<IReadOnlyList<Pages.Mention>> compute)
    {
        var held = _mentions;
        if (held is { } h && h.Version == version)
        {
            return h.Mentions;
        }

        IReadOnlyList<Pages.Mention> mentions = compute();
        _mentions = (version, mentions);
        return mentions;
    }

    public IReadOnlyList<DesignatedNameRow> Rows(IReadOnlyList<Analysis.Sanctions.DesignatedNameMark> marks) => DesignatedNameReports.Rows(marks, List);
}
