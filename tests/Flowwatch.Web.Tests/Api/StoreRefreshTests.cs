using System.Text;
using System.Text.Json;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class StoreRefreshTests
{
    [Fact]
    public async Task A_release_ingested_beside_the_running_server_shows_up_with_its_revisions()
    {
        using var factory = new FlowwatchFactory { RefreshInterval = TimeSpan.Zero };
        HttpClient client = factory.CreateClient();
        Assert.Contains("nothing earlier to compare with", await client.GetStringAsync("/"), StringComparison.Ordinal);

        // A later release that revises the 2024-Q3 study figure and adds a quarter (made up for the test).
        const string release = """
            dataset,reporter,partner,breakdown,period,value,flag,sources,note,urls
            ru-fsb-entries-by-purpose,RU,KP,study,2024-Q3,3766,,,synthetic revision for a test,
            ru-fsb-entries-by-purpose,RU,KP,study,2025-Q2,17,,,synthetic figure for a test,
            """;
        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            ReadResult read = new TidyCsvReader(CitationCatalog.Empty).Read(new SourceFile("release-2.csv", Encoding.UTF8.GetBytes(release + "\n")));
            Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
            store.Ingest(read.Accepted());
        }

        using JsonDocument series = JsonDocument.Parse(await client.GetStringAsync("/api/series?partner=KP&breakdown=study&by=quarter"));
        var values = series.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("period").GetString()!, r => r.GetProperty("value").GetDecimal());
        Assert.Equal(3766m, values["2024-Q3"]);
        Assert.Equal(17m, values["2025-Q2"]);

        string overview = await client.GetStringAsync("/");
        Assert.Contains("release-2.csv", overview, StringComparison.Ordinal);
        Assert.Contains("1 new figure, 1 revised figure", overview, StringComparison.Ordinal);
        Assert.Matches("2024-Q3</td><td class=\"num\">3,765</td><td class=\"num\">3,766", overview);
    }
}
