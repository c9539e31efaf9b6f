using System.Diagnostics;
using System.Text;
using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Xunit.Abstractions;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>
/// The watcher killed with SIGKILL at random moments (while ingesting, scanning or posting), then restarted: the
/// store ends as a run never killed would leave it, every alert reaches the webhook, and no alert arrives under a
/// key the clean run would not have used. Trials: $FLOWWATCH_CRASH_TRIALS (default 50, split over two releases);
/// bench/watch-crash.sh runs many more.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Killing_the_watcher_at_random_moments_loses_no_file_or_alert_and_never_changes_a_key()
    {
        int trials = int.TryParse(Environment.GetEnvironmentVariable("FLOWWATCH_CRASH_TRIALS"), out int n) && n >= 2 ? n : 50;
        var random = new Random(14);

        // The reference: the same two releases, each watched to the end, never killed.
        (HashSet<string> cleanKeys, List<string> cleanFigures) = Run("clean", trials: 0, random);
        (HashSet<string> keys, List<string> figures, int killed, List<(string? Key, string Body, int Status)> requests) = RunKilled(trials, random);

        output.WriteLine($"{trials} trials, {killed} killed mid-run; {requests.Count} webhook requests for {keys.Count} alerts ({requests.Count - keys.Count} repeats, each with its key).");
        Assert.Equal(cleanFigures, figures);
        Assert.NotEmpty(cleanKeys);
        Assert.Equal(cleanKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        foreach (IGrouping<string, string> sameKey in requests.GroupBy(r => r.Key!.Trim('"'), r => r.Body))
        {
            Assert.Single(sameKey.Distinct());
        }

        // Once both releases are done a pass has little to do, so later trials often finish before the kill.
        Assert.True(killed >= trials / 4, $"only {killed} of {trials} trials were killed before finishing: the kill delays are too long for this machine.");
    }

    private (HashSet<string> Keys, List<string> Figures) Run(string name, int trials, Random random)
    {
        (HashSet<string> keys, List<string> figures, _, _) = Watch(name, trials, random);
        return (keys, figures);
    }

    private (HashSet<string> Keys, List<string> Figures, int Killed, List<(string? Key, string Body, int Status)> Requests) RunKilled(int trials, Random random) =>
        Watch("killed", trials, random);

    private (HashSet<string> Keys, List<string> Figures, int Killed, List<(string? Key, string Body, int Status)> Requests) Watch(string name, int trials, Random random)
    {
        string inbox = Path.Combine(_dir.Path, name, "inbox");
        string db = Path.Combine(_dir.Path, name, "fw.db");
        Directory.CreateDirectory(inbox);
        using var receiver = new WebhookReceiver();
        int killed = 0;

        // A first pass on the empty inbox sets the baseline, so both runs alert on the same changes. Its length (mostly
        // start-up) scales the kill delays, so that kills land before and during the work on a fast or a busy machine.
        var timer = Stopwatch.StartNew();
        Finish(inbox, db, receiver);
        int startup = Math.Max(50, (int)timer.ElapsedMilliseconds);
        foreach (Action land in new Action[] { () => LandFirst(inbox), () => LandSecond(inbox) })
        {
            land();
            double scale = 1.0;
            for (int t = 0; t < trials / 2; t++)
            {
                int shortest = startup / 10;
                int longest = Math.Max(shortest + 1, (int)(startup * 3 / 2 * scale));
                bool wasKilled = KillDuring(inbox, db, receiver, TimeSpan.FromMilliseconds(random.Next(shortest, longest)));
                killed += wasKilled ? 1 : 0;

                // A trial that finished before its kill says the delays are long for the machine's load just now:
                // shorten them, and let them grow back as kills land, so that most trials kill mid-run on any machine.
                scale = wasKilled ? Math.Min(1.0, scale * 1.1) : scale * 0.7;
            }

            Finish(inbox, db, receiver);
        }

        using ObservationStore store = SqliteObservationStore.Open(db);
        Assert.All(store.Endpoints(), e => Assert.Empty(store.Pending(e.Channel, 10)));
        Assert.Single(store.Endpoints());
        var figures = store.Current(ObservationQuery.All)
            .Select(o => $"{o.Key} {o.Period} {o.Value} {string.Join(",", o.Witnesses.Select(w => w.Provenance.Document.Sha256[..8]))}")
            .Order(StringComparer.Ordinal).ToList();
        List<(string? Key, string Body, int Status)> requests;
        lock (receiver.Requests)
        {
            requests = [.. receiver.Requests];
        }

        Assert.All(store.RecentAlerts(10_000), a => Assert.Contains(requests, r => r.Key!.Trim('"') == a.Key));
        return (requests.Select(r => r.Key!.Trim('"')).ToHashSet(StringComparer.Ordinal), figures, killed, requests);
    }

    private static void LandFirst(string inbox)
    {
        Write(Path.Combine(inbox, "sources.csv"), BundledData.Citations.Bytes);
        Write(Path.Combine(inbox, "observations.csv"), BundledData.Observations.Bytes);
    }

    private static void LandSecond(string inbox)
    {
        // A later file restating the 2024-H1 total higher (made up for the test, beside the real citation list).
        string text = Encoding.UTF8.GetString(BundledData.Observations.Bytes);
        string[] lines = text.Split('\n');
        string revised = string.Join('\n', lines.Where((l, i) => i == 0 || l.Contains("2024-H1,2508,", StringComparison.Ordinal)))
            .Replace("2024-H1,2508,", "2024-H1,3100,", StringComparison.Ordinal);
        Write(Path.Combine(inbox, "observations-2024-H1-revised.csv"), Encoding.UTF8.GetBytes(revised + "\n"));
    }

    private static void Write(string path, byte[] bytes)
    {
        // Written aside and renamed, as a careful publisher's mirror would; dated in the past so it settles at once.
        File.WriteAllBytes(path + ".part", bytes);
        File.SetLastWriteTimeUtc(path + ".part", DateTime.UtcNow.AddMinutes(-1));
        File.Move(path + ".part", path, overwrite: true);
    }

    private static bool KillDuring(string inbox, string db, WebhookReceiver receiver, TimeSpan after)
    {
        using Process process = Start(inbox, db, receiver);
        if (process.WaitForExit(after))
        {
            return false;
        }

        process.Kill(entireProcessTree: false);
        process.WaitForExit();
        return true;
    }

    private static void Finish(string inbox, string db, WebhookReceiver receiver)
    {
        using Process process = Start(inbox, db, receiver);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the watcher did not finish a pass in 60 s");
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    private static Process Start(string inbox, string db, WebhookReceiver receiver)
    {
        string host = Path.Combine(AppContext.BaseDirectory, "flowwatch");
        var info = new ProcessStartInfo(File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!File.Exists(host))
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "flowwatch.dll"));
        }

        foreach (string a in new[] { "watch", inbox, "--once", "--db", db, "--webhook", receiver.Url.ToString(), "--log-level", "warn" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        // Drained so that a full pipe never blocks the watcher.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
