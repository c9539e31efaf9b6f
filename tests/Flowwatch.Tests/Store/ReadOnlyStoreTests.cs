using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Sanctions;
using Flowwatch.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Flowwatch.Tests.Store;

/// <summary>The server's way in: a store opened read-only reads what writers stored, creates nothing and refuses every write.</summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    private static IObservationStore OpenReadOnly(string engine, string location) =>
        engine == "sqlite" ? SqliteObservationStore.OpenReadOnly(location) : PostgresObservationStore.OpenReadOnly(location);

    private static ISanctionsStore OpenSanctionsReadOnly(string engine, string location) =>
        engine == "sqlite" ? SqliteSanctionsStore.OpenReadOnly(location) : PostgresSanctionsStore.OpenReadOnly(location);

    private static ISanctionsStore OpenSanctions(string engine, string location) =>
        engine == "sqlite" ? SqliteSanctionsStore.Open(location) : PostgresSanctionsStore.Open(location);

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Where_there_is_no_store_yet_it_says_what_to_run_and_creates_nothing(string engine)
    {
        string location = StoreEngines.Location(engine, _dir);
        var error = Assert.Throws<StoreException>(() => OpenReadOnly(engine, location));
        Assert.True(error.Message.Contains("there is no Flowwatch store here yet", StringComparison.Ordinal), error.Message);
        Assert.Contains("flowwatch demo", error.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(() => OpenSanctionsReadOnly(engine, location));

        if (engine == "sqlite")
        {
            Assert.Contains(location, error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(location));
        }
        else
        {
            using var dataSource = NpgsqlDataSource.Create(location);
            using NpgsqlCommand tables = dataSource.CreateCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema();");
            Assert.Equal(0L, (long)tables.ExecuteScalar()!);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void It_reads_what_a_writer_stored_and_refuses_every_write(string engine)
    {
        string location = StoreEngines.Location(engine, _dir);
        int stored;
        using (IObservationStore writer = StoreEngines.OpenAt(engine, location))
        {
            stored = writer.Ingest(BundledData.Read().Accepted()).Added;
        }

        using (ISanctionsStore writer = OpenSanctions(engine, location))
        {
            new SanctionsLists(writer).LoadBundled();
        }

        using (IObservationStore reader = OpenReadOnly(engine, location))
        {
            Assert.Equal(stored, reader.Current(ObservationQuery.All).Count);
            Assert.Single(reader.Sources());
            Exception refused = Record.Exception(() => reader.Remove([reader.Sources()[0].Document.Sha256]));
            AssertReadOnly(refused);
        }

        using (ISanctionsStore reader = OpenSanctionsReadOnly(engine, location))
        {
            SanctionsListVersion version = Assert.Single(reader.Versions());
            Assert.NotNull(reader.Load(version.Document.Sha256));
        }

        using IObservationStore after = StoreEngines.OpenAt(engine, location);
        Assert.Equal(stored, after.Current(ObservationQuery.All).Count);
    }

    [Fact]
    public void A_store_of_an_older_schema_is_not_upgraded_by_a_reader()
    {
        string path = _dir.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 1;";
            cmd.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteObservationStore.OpenReadOnly(path));
        Assert.Contains("schema version 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not upgrade it", error.Message, StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        check.Open();
        using SqliteCommand version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal(1L, (long)version.ExecuteScalar()!);
    }

    [UnprivilegedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_file_the_reader_may_not_write_is_still_served()
    {
        string path = _dir.File("locked.db");
        using (ObservationStore writer = SqliteObservationStore.Open(path))
        {
            writer.Ingest(BundledData.Read().Accepted());
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        // The folder stays writable for the reader: SQLite keeps a WAL store's shared index beside the file.
        File.SetUnixFileMode(_dir.Path, (UnixFileMode)0b111_111_111);
        try
        {
            // The permissions hold for the reader: it may not write the file (so the test cannot pass vacuously).
            Assert.Throws<UnauthorizedAccessException>(() => UnprivilegedFactAttribute.AsNobody(() => File.OpenWrite(path)));
            int figures = UnprivilegedFactAttribute.AsNobody(() =>
            {
                using ObservationStore reader = SqliteObservationStore.OpenReadOnly(path);
                return reader.Current(ObservationQuery.All).Count;
            });
            Assert.True(figures > 0);
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static void AssertReadOnly(Exception? refused)
    {
        Assert.NotNull(refused);
        string messages = string.Join(" | ", Chain(refused));
        Assert.Matches("(?i)read-?only", messages);
    }

    private static IEnumerable<string> Chain(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            yield return inner.Message;
        }
    }
}
