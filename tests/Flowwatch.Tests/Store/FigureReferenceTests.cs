using System.Data.Common;
using System.Globalization;
using System.Text;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Sqlite;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Store;

/// <summary>
/// A figure never refers to a file, series or citation list the store does not hold, on both engines: SQLite by its
/// foreign keys, PostgreSQL by statement-level checks (schema version 10). Each case goes through the bulk load the
/// ingest uses, or deletes a parent row, and must be refused with the store left as it was.
/// </summary>
public sealed class FigureReferenceTests : IDisposable
{
    private const string Catalog = """
        source_id,outlet,date,language,url
        RFA-KO-20240813,RFA,2024-08-13,ko,https://rfa.example
        """ + "\n";

    private readonly TempDirectory _dir = new();

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_figure_of_a_series_the_store_does_not_hold_is_refused(string engine)
    {
        using StoreDialect dialect = Stored(engine, out long source, out long series, out long? citations);
        AssertLoadRefused(dialect, source, new FigureRow(series + 1000, Some.Obs("2024-Q4", 5), citations, null));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_figure_of_a_file_the_store_does_not_hold_is_refused(string engine)
    {
        using StoreDialect dialect = Stored(engine, out long source, out long series, out long? citations);
        AssertLoadRefused(dialect, source + 1000, new FigureRow(series, Some.Obs("2024-Q4", 5), citations, null));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_figure_citing_a_list_the_store_does_not_hold_is_refused(string engine)
    {
        using StoreDialect dialect = Stored(engine, out long source, out long series, out _);
        AssertLoadRefused(dialect, source, new FigureRow(series, Some.Obs("2024-Q4", 5), 1000, null));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_good_figure_goes_through_the_same_load(string engine)
    {
        // The cases above fail for their reference, not for how the test loads: the same load of a good row commits.
        using StoreDialect dialect = Stored(engine, out long source, out long series, out long? citations);
        DbConnection connection = dialect.Connect();
        try
        {
            using (DbTransaction tx = dialect.BeginWrite(connection))
            using (FigureLoad load = dialect.BeginLoad(connection, tx, source))
            {
                load.Write([new FigureRow(series, Some.Obs("2024-Q4", 5), citations, null)]);
                Assert.Empty(load.Complete());
                tx.Commit();
            }

            Assert.Equal(3L, Count(connection, "SELECT count(*) FROM observations;"));
        }
        finally
        {
            dialect.Release(connection);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_file_whose_figures_remain_cannot_be_deleted(string engine)
    {
        using StoreDialect dialect = Stored(engine, out long source, out long series, out _);
        foreach (string delete in (string[])[$"DELETE FROM sources WHERE id = {source};", $"DELETE FROM series WHERE id = {series};", "DELETE FROM citation_sets;"])
        {
            DbConnection connection = dialect.Connect();
            try
            {
                using DbTransaction tx = dialect.BeginWrite(connection);
                using DbCommand cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = delete;
                Assert.ThrowsAny<DbException>(() => cmd.ExecuteNonQuery());
            }
            finally
            {
                dialect.Release(connection);
            }
        }

        AssertUnchanged(dialect);
    }

    /// <summary>A store holding one file of two cited figures of one series, opened by its dialect.</summary>
    private StoreDialect Stored(string engine, out long source, out long series, out long? citations)
    {
        string location = StoreEngines.Location(engine, _dir);
        using (IObservationStore store = StoreEngines.OpenAt(engine, location))
        {
            string rows = Some.Tidy(
                "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q2,10,,RFA-KO-20240813,,",
                "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q3,12,,RFA-KO-20240813,,");
            (CitationCatalog catalog, _) = CitationCatalog.Read(new SourceFile("sources.csv", Encoding.UTF8.GetBytes(Catalog)));
            ReadResult read = new TidyCsvReader(catalog).Read(new SourceFile("refs.csv", Encoding.UTF8.GetBytes(rows)));
            Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
            Assert.Equal(IngestStatus.Stored, store.Ingest(read.Accepted()).Status);
        }

        StoreDialect dialect = engine == "sqlite" ? SqliteDialect.Open(location, readOnly: false) : PostgresDialect.Connect(location, readOnly: false);
        StoreSchema.Ready(dialect);
        DbConnection connection = dialect.Connect();
        try
        {
            source = Count(connection, "SELECT id FROM sources;");
            series = Count(connection, "SELECT id FROM series;");
            citations = Count(connection, "SELECT id FROM citation_sets;");
            Assert.Equal(2L, Count(connection, "SELECT count(*) FROM observations WHERE citations_id IS NOT NULL;"));
        }
        finally
        {
            dialect.Release(connection);
        }

        return dialect;
    }

    private static void AssertLoadRefused(StoreDialect dialect, long source, FigureRow row)
    {
        DbConnection connection = dialect.Connect();
        try
        {
            using DbTransaction tx = dialect.BeginWrite(connection);
            using FigureLoad load = dialect.BeginLoad(connection, tx, source);
            // SQLite refuses the row as it is written, PostgreSQL the statement that moves the staged rows in.
            Assert.ThrowsAny<DbException>(() =>
            {
                load.Write([row]);
                load.Complete();
            });
        }
        finally
        {
            dialect.Release(connection);
        }

        AssertUnchanged(dialect);
    }

    private static void AssertUnchanged(StoreDialect dialect)
    {
        DbConnection connection = dialect.Connect();
        try
        {
            Assert.Equal(2L, Count(connection, "SELECT count(*) FROM observations;"));
            Assert.Equal(1L, Count(connection, "SELECT count(*) FROM sources;"));
        }
        finally
        {
            dialect.Release(connection);
        }
    }

    private static long Count(DbConnection connection, string sql)
    {
        using DbCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
