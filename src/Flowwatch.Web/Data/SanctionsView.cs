using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's sanctions lists: the newest stored version of each, read once at start-up and prepared for
/// screening (a store that holds no list shows the bundled UN list, which it does not store: the server never writes). Immutable after that,
/// so requests share it without a lock.
/// </summary>
internal sealed class SanctionsView
{
    public SanctionsView(WebSettings settings)
    {
        using ISanctionsStore store = settings.OpenSanctions();
        var lists = new SanctionsLists(store);
        Screening = new ScreeningService(lists.LatestOrBundled());
        Removed = lists.Removed();
    }

    /// <summary>The entries stored versions once listed and the newest lacks, by reference number.</summary>
    public IReadOnlyDictionary<string, RemovedEntry> Removed { get; }

    public ScreeningService Screening { get; }

    /// <summary>The UN list the dashboard's DPRK pages show: the newest stored UN version (else the first list).</summary>
    public SanctionsList List => Screening.Lists.FirstOrDefault(l => l.Document.Publisher == SanctionsList.UnPublisher) ?? Screening.List;

    /// <summary>The entry with this reference in any list screened, or null.</summary>
    public DesignatedParty? Find(string reference) => Screening.Lists.Select(l => l.Find(reference)).FirstOrDefault(p => p is not null);

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
