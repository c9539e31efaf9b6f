using System.Text;
using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class SyntheticDataTests
{
    [Fact]
    public async Task A_synthetic_file_ingested_beside_the_server_changes_neither_the_overview_nor_the_findings()
    {
        using var factory = new FlowwatchFactory { RefreshInterval = TimeSpan.Zero };
        HttpClient client = factory.CreateClient();
        string overview = await client.GetStringAsync("/");
        string findings = await client.GetStringAsync("/api/findings?partner=KP");

        // Made up for the test: a work figure after the 2019 deadline that a real file would make a finding of.
        string folder = Directory.CreateTempSubdirectory("flowwatch-synthetic-").FullName;
        File.WriteAllText(Path.Combine(folder, "fake.csv"), """
            dataset,reporter,partner,breakdown,period,value,flag,sources,note,urls
            ru-fsb-entries-by-purpose,RU,KP,work,2023,4000,,,SYNTHETIC SAMPLE for a test,
            ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,,SYNTHETIC SAMPLE for a test,

            """, Encoding.UTF8);
        using (ObservationStore store = SqliteObservationStore.Open(factory.DatabasePath))
        {
            FileOutcome outcome = Assert.Single(new Ingestion(store).IngestFiles([Path.Combine(folder, "fake.csv")]));
            Assert.True(outcome.IsSynthetic, string.Join("; ", outcome.Diagnostics));
        }

        Assert.Equal(findings, await client.GetStringAsync("/api/findings?partner=KP"));
        Assert.Equal(overview, await client.GetStringAsync("/"));
        Assert.Contains("fake.csv (synthetic)", await client.GetStringAsync("/sources"), StringComparison.Ordinal);
        string labelled = await client.GetStringAsync("/api/series?partner=KP&breakdown=work&include_synthetic=true");
        Assert.Contains("\"synthetic\":true", labelled, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
