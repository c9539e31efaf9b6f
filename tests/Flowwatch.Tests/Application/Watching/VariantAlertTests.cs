using System.Text.Json;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Flowwatch.Tests.Cli;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>`watch` on an article folder: a new article that repeats a known wrong variant is one alert; the first appearance is none.</summary>
public sealed class VariantAlertTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_new_article_repeating_a_known_wrong_variant_raises_one_alert_naming_the_first_appearance()
    {
        string inbox = Path.Combine(_dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        new Ingestion(store).IngestBundled();
        using ArticleStore articles = SqliteArticleStore.Open(_dir.File("fw.db"));
        var watcher = new ReleaseWatcher(store, store, new WatchOptions
        {
            Folders = [inbox],
            Context = ReferenceData.Load(),
            Site = new Uri("http://127.0.0.1:5080/"),
            Settle = TimeSpan.Zero,
        }, articles: articles);
        watcher.Pass();

        // The first appearance of "13,000 workers" for the 13,221 entries of 2024: no alert, nothing was repeated.
        File.WriteAllText(Path.Combine(inbox, "first.md"), TraceCommandTests.Article("2025-02-10", "Erste Zeitung", "https://erste.example/a", "de",
            "Im Jahr 2024 sind 13.000 nordkoreanische Arbeiter nach Russland eingereist."));
        PassResult first = watcher.Pass();
        Assert.Contains(first.Ingested, o => o.Claims is not null && o.Stored is { Status: IngestStatus.Stored });
        Assert.DoesNotContain(store.Pending(AlertChannel.Stdout, 100), a => a.Kind == VariantAlertComposer.Kind);

        // A later article that repeats it, naming the first outlet: one alert.
        File.WriteAllText(Path.Combine(inbox, "second.md"), TraceCommandTests.Article("2025-03-01", "Second Daily", "https://second.example/b", "en",
            "According to Erste Zeitung, 13,000 North Korean workers entered Russia in 2024."));
        PassResult second = watcher.Pass();
        Assert.True(second.NewAlerts >= 1);
        AlertRecord alert = Assert.Single(store.Pending(AlertChannel.Stdout, 100), a => a.Kind == VariantAlertComposer.Kind);
        using JsonDocument body = JsonDocument.Parse(alert.Body);
        Assert.Equal("https://second.example/b", body.RootElement.GetProperty("article").GetString());
        Assert.Equal("https://erste.example/a", body.RootElement.GetProperty("first").GetString());
        Assert.Equal("all entries given as work entries", body.RootElement.GetProperty("reading").GetString());
        Assert.True(body.RootElement.GetProperty("cites_first").GetBoolean());
        Assert.Equal(13221m, body.RootElement.GetProperty("value").GetDecimal());

        // Seen again (a restart reads the folder anew): the same key, no second alert.
        Assert.Equal(0, new ReleaseWatcher(store, store, new WatchOptions
        {
            Folders = [inbox],
            Context = ReferenceData.Load(),
            Site = new Uri("http://127.0.0.1:5080/"),
            Settle = TimeSpan.Zero,
        }, articles: articles).Pass().NewAlerts);
        Assert.Single(store.Pending(AlertChannel.Stdout, 100), a => a.Kind == VariantAlertComposer.Kind);
    }
}
