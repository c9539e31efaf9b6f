using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Npgsql;

namespace Flowwatch.Tests.Store;

/// <summary>
/// A series is read along the figures' key (series, period, file), so that its cost follows the answer and not the
/// store: the engine's own plan says so (neither the figures nor the series are scanned). On PostgreSQL sequential scans are switched off for the session, since on a
/// table this small a scan is cheaper: the test asks whether the key can serve the query, which is what a large
/// store needs.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_series_for_one_partner_is_read_along_the_key(string engine)
    {
        string location = StoreEngines.Location(engine, _dir);
        if (engine == "postgres")
        {
            location = new NpgsqlConnectionStringBuilder(location) { Options = "-c enable_seqscan=off" }.ConnectionString;
        }

        using var store = (ObservationStore)StoreEngines.OpenAt(engine, location);
        store.Ingest(BundledData.Read().Accepted());
        var query = new ObservationQuery { Partner = Country.Parse("KP"), Dataset = DatasetId.Parse("ru-fsb-entries-by-purpose") };
        string plan = string.Join("\n", store.Plan(query));

        if (engine == "sqlite")
        {
            Assert.Contains("SEARCH o USING PRIMARY KEY (series_id=?)", plan, StringComparison.Ordinal);
            // The figures are searched by their key, never scanned. The series found by the catalogue's index are
            // then put in key order by a sort of the answer's own rows (USE TEMP B-TREE FOR ORDER BY), whose cost
            // follows the answer, not the store.
            Assert.DoesNotContain("SCAN o", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("SCAN se", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("Seq Scan on observations", plan, StringComparison.Ordinal);
            Assert.Contains("Index", plan, StringComparison.Ordinal);
        }
    }
}
