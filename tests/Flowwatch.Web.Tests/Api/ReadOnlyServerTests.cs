using System.Net;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>The server opens its store read-only: it shows what `demo` or `ingest` loaded and writes nothing, not even to an empty store.</summary>
public sealed class ReadOnlyServerTests
{
    private static readonly string[] Routes = ["/", "/series", "/sources", "/findings", "/sanctions", "/api/series?partner=KP", "/api/findings", "/api/sources", "/api/events", "/feeds/findings.atom"];

    [Fact]
    public async Task An_empty_store_stays_empty_and_the_overview_says_how_to_fill_it()
    {
        using var factory = new FlowwatchFactory { Seeded = false };
        HttpClient client = factory.CreateClient();
        foreach (string route in Routes)
        {
            HttpResponseMessage response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode}");
        }

        // Checking an article needs the figures and the list: with neither stored, it still answers, and stores nothing.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein.", ["published"] = "2025-03-01" });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/check", UriKind.Relative), form)).StatusCode);
        Assert.Contains("The store is empty, and the server only reads it", await client.GetStringAsync("/"), StringComparison.Ordinal);

        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            Assert.Empty(store.Sources());
        }

        using SanctionsStore sanctions = SqliteSanctionsStore.Open(factory.DatabasePath);
        Assert.Empty(sanctions.Versions());
    }
}
