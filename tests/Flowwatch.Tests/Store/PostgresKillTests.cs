using System.Diagnostics;
using System.Globalization;
using System.Text;
using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Npgsql;

namespace Flowwatch.Tests.Store;

/// <summary>
/// A `flowwatch ingest` process killed (SIGKILL) while its binary COPY is streaming figures to PostgreSQL
/// leaves nothing behind: no source row, no figure; and the same file then ingests whole.
/// </summary>
public sealed class PostgresKillTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public void A_process_killed_inside_the_copy_leaves_nothing_partial()
    {
        string location = StoreEngines.Location("postgres", _dir);
        StoreEngines.OpenAt("postgres", location).Dispose();
        string path = _dir.File("big.csv");
        File.WriteAllText(path, BigTidyFile(200_000));

        using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "flowwatch.dll"), "ingest", path, "--db", location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        bool killedInCopy = false;
        using (var watcher = new NpgsqlConnection(location))
        {
            watcher.Open();
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND (query LIKE 'COPY flowwatch_staging%' OR query LIKE 'INSERT INTO observations%');", watcher);
                if ((long)cmd.ExecuteScalar()! > 0)
                {
                    process.Kill(entireProcessTree: true);
                    killedInCopy = true;
                    break;
                }

                Thread.Sleep(5);
            }
        }

        process.WaitForExit();
        Assert.True(killedInCopy, "the ingest finished before its COPY was seen: " + process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd());

        // The server notices the dead client and rolls its transaction back; wait for that, briefly.
        WaitUntilNoCopy(location);
        using (IObservationStore store = StoreEngines.OpenAt("postgres", location))
        {
            Assert.Empty(store.Sources());
            Assert.Empty(store.History(ObservationQuery.All));
        }

        var (exit, output, err) = CliRunner.Run("ingest", path, "--db", location);
        Assert.True(exit == 0, err);
        Assert.Contains("added", output, StringComparison.Ordinal);
        using (IObservationStore store = StoreEngines.OpenAt("postgres", location))
        {
            Assert.Equal(200_000, Assert.Single(store.Sources()).Rows);
        }
    }

    private static void WaitUntilNoCopy(string location)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        for (int i = 0; i < 200; i++)
        {
            using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE (query LIKE 'COPY flowwatch_staging%' OR query LIKE 'INSERT INTO observations%') AND pid <> pg_backend_pid();", connection);
            if ((long)cmd.ExecuteScalar()! == 0)
            {
                return;
            }

            Thread.Sleep(50);
        }
    }

    // SYNTHETIC: made-up monthly entries for real country codes, enough rows that the COPY takes a while.
    private static string BigTidyFile(int rows)
    {
        string[] partners = [.. CountryNames.Default.Countries.Take(100).Select(c => c.Code)];
        string[] purposes = ["total", "business", "tourism", "private", "study", "work", "transit", "crew", "official", "other"];
        var sb = new StringBuilder(rows * 64);
        sb.Append("dataset,reporter,partner,breakdown,period,value\n");
        int written = 0;
        for (int year = 1900; written < rows; year++)
        {
            for (int month = 1; month <= 12 && written < rows; month++)
            {
                foreach (string partner in partners)
                {
                    foreach (string purpose in purposes)
                    {
                        if (written++ < rows)
                        {
                            sb.Append(CultureInfo.InvariantCulture, $"ru-fsb-entries-by-purpose,RU,{partner},{purpose},{year:D4}-{month:D2},{written % 5000}\n");
                        }
                    }
                }
            }
        }

        return sb.ToString();
    }
}
