using System.Text.Json;
using System.Text.RegularExpressions;
using Flowwatch.Store;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Pages;

/// <summary>The overview marks the findings the latest watch pass reported as changed, reading the watch store only.</summary>
public sealed class ReleaseMarksTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 2, 5, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Earlier.AddHours(6);

    [Fact]
    public async Task A_store_never_watched_marks_nothing()
    {
        using var factory = new FlowwatchFactory();
        string page = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("class=\"finding sev-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-change=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("changed by the latest release", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_the_latest_pass_made_new_escalated_or_revised_are_marked_and_older_changes_are_not()
    {
        using var factory = new FlowwatchFactory();
        HttpClient client = factory.CreateClient();
        string[] ids = await FindingIds(client);
        Assert.True(ids.Length >= 4, "the bundled figures raise at least four findings");

        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            // An earlier pass made ids[3] new; the latest one made ids[0] new, escalated ids[1], revised ids[2] and resolved one no longer listed.
            store.RecordScan(new WatchSnapshot([], [], Earlier), [Alert("fw-old", ids[3], "new", Earlier)], [AlertChannel.Stdout]);
            store.RecordScan(new WatchSnapshot([], [], Later),
                [Alert("fw-a", ids[0], "new", Later), Alert("fw-b", ids[1], "escalated", Later), Alert("fw-c", ids[2], "revised", Later), Alert("fw-d", "gone", "resolved", Later)],
                [AlertChannel.Stdout]);
        }

        string page = await client.GetStringAsync("/");
        Dictionary<string, string> marked = Marked(page);
        Assert.Equal(new Dictionary<string, string>(StringComparer.Ordinal) { [ids[0]] = "new", [ids[1]] = "escalated", [ids[2]] = "revised" }, marked);
        Assert.Contains("3 changed by the latest release", page, StringComparison.Ordinal);

        // A later pass that changed nothing clears the marks: they are the latest release's, not a history.
        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            store.RecordScan(new WatchSnapshot([], [], Later.AddHours(1)), [], [AlertChannel.Stdout]);
        }

        Assert.Empty(Marked(await client.GetStringAsync("/")));
    }

    private static AlertRecord Alert(string key, string finding, string kind, DateTimeOffset at) =>
        new(key, kind, finding, $"{kind}: {finding}", $$"""{"key":"{{key}}","change":"{{kind}}"}""", at);

    private static async Task<string[]> FindingIds(HttpClient client)
    {
        using JsonDocument doc = JsonDocument.Parse(await client.GetStringAsync("/api/findings"));
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
    }

    /// <summary>Finding id to mark, read from the list items' links.</summary>
    private static Dictionary<string, string> Marked(string page) =>
        Regex.Matches(page, """<li class="finding [^"]*changed" data-change="(?<kind>[a-z]+)">.*?href="/findings/(?<id>[^"]+)" """.TrimEnd(), RegexOptions.Singleline)
            .ToDictionary(m => Uri.UnescapeDataString(m.Groups["id"].Value), m => m.Groups["kind"].Value, StringComparer.Ordinal);
}
