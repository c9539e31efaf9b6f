using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's sanctions list: the newest stored version, read once at start-up and prepared for
/// screening (a store that holds no list shows the bundled UN list, which it does not store: the server never writes). Immutable after that,
/// so requests share it without a lock.
/// </summary>
internal sealed class SanctionsView
{
    public SanctionsView(WebSettings settings)
    {
        using ISanctionsStore store = settings.OpenSanctions?.Invoke() ?? SqliteSanctionsStore.OpenReadOnly(DatabaseLocation.Resolve(settings.DatabasePath));
        var lists = new SanctionsLists(store);
        Screening = new ScreeningService(lists.LatestOrBundled());
        Removed = lists.Removed();
    }

    /// <summary>The entries stored versions once listed and the newest lacks, by reference number.</summary>
    public IReadOnlyDictionary<string, RemovedEntry> Removed { get; }

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
