using System.ServiceModel.Syndication;
using System.Xml;
using Flowwatch.Store;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Feeds;

/// <summary>The Atom feed of alerts, read back by a feed library as a subscriber would.</summary>
public sealed class FindingsFeedTests
{
    private static readonly DateTimeOffset At = new(2025, 2, 5, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_feed_parses_as_Atom_with_one_entry_per_alert_linking_to_the_finding()
    {
        using var factory = new FlowwatchFactory();
        HttpClient client = factory.CreateClient();
        await client.GetStringAsync("/");
        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            static AlertRecord Alert(string key, string finding, string kind) => new(key, kind, finding, $"{kind}: high surge RU-KP {finding}",
                $$$"""{"key":"{{{key}}}","change":"{{{kind}}}","finding":{"id":"{{{finding}}}","explanation":"Entries rose <sharply> & more."},"release":{"file":"observations.csv","sha256":"{{{new string('c', 64)}}}","basis":"witness"}}""", At);
            store.RecordScan(new WatchSnapshot([], [], At), [Alert("fw-1", "0174698fe602a7c9", "new"), Alert("fw-2", "abc", "resolved")], [AlertChannel.Stdout]);
        }

        HttpResponseMessage response = await client.GetAsync("/feeds/findings.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using XmlReader reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        SyndicationFeed feed = formatter.Feed;

        Assert.Equal(2, feed.Items.Count());
        SyndicationItem newest = feed.Items.First();
        Assert.Equal("urn:flowwatch:alert:fw-2", newest.Id);
        SyndicationItem first = feed.Items.Last();
        Assert.Equal("new: high surge RU-KP 0174698fe602a7c9", first.Title.Text);
        Assert.EndsWith("/findings/0174698fe602a7c9", first.Links.Single().Uri.ToString(), StringComparison.Ordinal);
        Assert.Contains("Entries rose <sharply> & more.", first.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("observations.csv", first.Summary.Text, StringComparison.Ordinal);
        Assert.Equal(At, first.LastUpdatedTime);
    }

    [Fact]
    public async Task A_sanctions_list_alert_links_to_the_entry_and_names_both_list_versions()
    {
        using var factory = new FlowwatchFactory();
        HttpClient client = factory.CreateClient();
        await client.GetStringAsync("/");
        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            string body = $$$"""{"key":"fw-9","change":"amended","entry":{"reference":"KPi.002","name":"RI JE-SON","kind":"individual","regime":"DPRK"},"fields":["aliases"],"release":{"file":"consolidated-2025.xml","sha256":"{{{new string('a', 64)}}}","basis":"list"},"previous_release":{"file":"consolidated-2024.xml","sha256":"{{{new string('b', 64)}}}","basis":"list"}}""";
            store.RecordScan(new WatchSnapshot([], [], At), [new AlertRecord("fw-9", "amended", "sanctions:KPi.002", "amended: sanctions list DPRK KPi.002 RI JE-SON (aliases)", body, At)], [AlertChannel.Stdout]);
        }

        using XmlReader reader = XmlReader.Create(await client.GetStreamAsync("/feeds/findings.atom"));
        var formatter = new Atom10FeedFormatter();
        formatter.ReadFrom(reader);
        SyndicationItem entry = Assert.Single(formatter.Feed.Items);
        Assert.EndsWith("/sanctions/KPi.002", entry.Links.Single().Uri.ToString(), StringComparison.Ordinal);
        Assert.Contains("KPi.002 RI JE-SON (aliases)", entry.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("consolidated-2025.xml", entry.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("compared with sha256 bbbbbbbbbbbb", entry.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_never_watched_serves_a_valid_empty_feed()
    {
        using var factory = new FlowwatchFactory();
        using XmlReader reader = XmlReader.Create(await factory.CreateClient().GetStreamAsync("/feeds/findings.atom"));
        var formatter = new Atom10FeedFormatter();
        formatter.ReadFrom(reader);
        Assert.Empty(formatter.Feed.Items);
        Assert.Equal("urn:flowwatch:feeds:findings", formatter.Feed.Id);
    }
}
