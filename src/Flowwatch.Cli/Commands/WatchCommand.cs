using System.CommandLine;
using System.Runtime.InteropServices;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Sources;
using Flowwatch.Application.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Flowwatch.Web;

namespace Flowwatch.Cli.Commands;

internal static class WatchCommand
{
    public static Command Create(DetectorSuite detectors)
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders to watch; files that land in them are ingested, each all or nothing.", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "How often to rescan the folders besides reacting to file events (30s, 15m, 1h).", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Run one pass (ingest, scan, deliver) and exit: for cron and CI." };
        var webhook = new Option<string?>("--webhook") { Description = "POST each alert as JSON to this URL, with an Idempotency-Key header and retries." };
        var site = new Option<string>("--site") { Description = "The dashboard's address, for the link in each alert.", DefaultValueFactory = _ => FlowwatchWeb.DefaultUrl };
        var settle = new Option<string>("--settle") { Description = "How long a file must stay unchanged before it is read (1s; a file still being written is not read half-way).", DefaultValueFactory = _ => "1s" };
        var logLevel = new Option<string>("--log-level") { Description = "The least level logged to standard error: debug, info, warn or error.", DefaultValueFactory = _ => "info" };
        logLevel.AcceptOnlyFromAmong("debug", "info", "warn", "error");
        var urls = new Option<string[]>("--url") { Description = "A publisher's file to poll with conditional GET (ETag, Last-Modified) at each pass; saved into the first folder. Repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var synthetic = new Option<bool>("--include-synthetic") { Description = "Let synthetic test files count in the scans (demos and tests)." };
        var command = new Command("watch", "Watch folders for new releases, ingest them, and alert on findings that are new, escalated, revised or resolved (JSON lines on standard output).")
        {
            folders, every, once, webhook, site, settle, logLevel, urls, synthetic,
        };
        command.SetAction((parse, cancel) =>
        {
            WatchLog.Level level = WatchLog.TryParse(parse.GetValue(logLevel)!, out WatchLog.Level parsed) ? parsed : WatchLog.Level.Info;
            var log = new WatchLog(Terminal.Error, level, TimeProvider.System);
            if (!WatchInterval.TryParse(parse.GetValue(every)!, out TimeSpan period))
            {
                Terminal.Fail($"--every '{parse.GetValue(every)}': expected a whole number and a unit: 30s, 15m or 1h.");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!WatchInterval.TryParse(parse.GetValue(settle)!, out TimeSpan quiet))
            {
                Terminal.Fail($"--settle '{parse.GetValue(settle)}': expected a whole number and a unit: 1s, 30s or 1m.");
                return Task.FromResult(ExitCodes.Usage);
            }

            Uri? hook = null;
            if (parse.GetValue(webhook) is { } h && (!Uri.TryCreate(h, UriKind.Absolute, out hook) || (hook.Scheme != Uri.UriSchemeHttp && hook.Scheme != Uri.UriSchemeHttps)))
            {
                Terminal.Fail($"--webhook '{h}' is not an http or https address.");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!Uri.TryCreate(parse.GetValue(site)!.TrimEnd('/') + "/", UriKind.Absolute, out Uri? siteUri))
            {
                Terminal.Fail($"--site '{parse.GetValue(site)}' is not an absolute address such as {FlowwatchWeb.DefaultUrl}.");
                return Task.FromResult(ExitCodes.Usage);
            }

            string[] dirs = parse.GetValue(folders)!;
            if (dirs.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
            {
                Terminal.Fail($"{missing}: no such folder (watch takes folders; create the inbox first).");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var sources = new List<Uri>();
            foreach (string u in parse.GetValue(urls) ?? [])
            {
                if (!Uri.TryCreate(u, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    Terminal.Fail($"--url '{u}' is not an http or https address.");
                    return Task.FromResult(ExitCodes.Usage);
                }

                sources.Add(uri);
            }

            var run = new WatchRun(dirs, period, quiet, hook, siteUri, parse.GetValue(once), parse.GetValue(synthetic), log) { Urls = sources, Detectors = detectors };
            return run.RunAsync(parse.GetValue(CommonOptions.Db), cancel);
        });
        return command;
    }

    private sealed record WatchRun(string[] Folders, TimeSpan Every, TimeSpan Settle, Uri? Webhook, Uri Site, bool Once, bool IncludeSynthetic, WatchLog Log)
    {
        public IReadOnlyList<Uri> Urls { get; init; } = [];

        public required DetectorSuite Detectors { get; init; }

        public async Task<int> RunAsync(string? db, CancellationToken cancel)
        {
            using IObservationStore store = StoreOpener.Open(db);
            if (store is not IWatchStore outbox)
            {
                Terminal.Fail($"{store.Location}: this store cannot keep the watcher's state.");
                return ExitCodes.BadInput;
            }

            var options = new WatchOptions
            {
                Folders = Folders,
                Context = ReferenceData.Load(),
                Detectors = Detectors,
                Site = Site,
                Settle = Settle,
                IncludeSynthetic = IncludeSynthetic,
                Channels = Webhook is null ? [AlertChannel.Stdout] : [AlertChannel.Stdout, AlertChannel.Webhook],
            };
            // The sanctions-list versions live in the same database: list files landing in the folders are watched too.
            using ISanctionsStore sanctions = StoreOpener.OpenSanctions(db);
            using Store.Articles.IArticleStore articles = StoreOpener.OpenArticles(db);
            var watcher = new ReleaseWatcher(store, outbox, options, sanctions: sanctions, articles: articles);
            var dispatcher = new AlertDispatcher(outbox);
            using WebhookClient? client = Webhook is null ? null : new WebhookClient(Webhook);
            List<UrlPoller> pollers = Urls.Select(u => new UrlPoller(u, Folders[0])).ToList();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, stop));
            using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, stop));
            using var wake = new SemaphoreSlim(0);
            List<FileSystemWatcher> events = Once ? [] : Folders.Select(f => Events(f, wake)).ToList();
            Log.Info("started", ("folders", string.Join(",", Folders)), ("store", store.Location), ("webhook", Webhook), ("every", Every), ("once", Once));
            var reported = new HashSet<string>(StringComparer.Ordinal);
            string? webhookProblem = null;
            int exit = ExitCodes.Ok;
            try
            {
                for (int pass = 1; !stop.IsCancellationRequested; pass++)
                {
                    foreach (UrlPoller poller in pollers)
                    {
                        await Poll(poller, stop.Token).ConfigureAwait(false);
                    }

                    PassResult result = watcher.Pass();
                    Report(result, reported);
                    dispatcher.WriteLines(Terminal.Out);
                    if (client is not null)
                    {
                        (int delivered, string? problem) = await dispatcher.PostAsync(client, stop.Token).ConfigureAwait(false);
                        if (problem is not null && webhookProblem is null)
                        {
                            // Reported once; retried every pass until it answers.
                            Log.Warn("webhook-failing", ("url", client.Target), ("problem", problem), ("delivered", delivered));
                        }
                        else if (problem is null && webhookProblem is not null)
                        {
                            Log.Info("webhook-recovered", ("url", client.Target), ("delivered", delivered));
                        }

                        webhookProblem = problem;
                    }

                    if (Once)
                    {
                        // One pass, but a file still being written gets the settle time to finish (a few tries at most).
                        if (result.Changing.Count > 0 && pass < 10)
                        {
                            await Task.Delay(Settle, stop.Token).ConfigureAwait(false);
                            continue;
                        }

                        exit = webhookProblem is null && result.Changing.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
                        break;
                    }

                    TimeSpan wait = result.Changing.Count > 0 || webhookProblem is not null && Every > TimeSpan.FromMinutes(1) ? Min(Every, result.Changing.Count > 0 ? Settle : TimeSpan.FromMinutes(1)) : Every;
                    using var tick = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                    Task woke = wake.WaitAsync(tick.Token);
                    await Task.WhenAny(woke, Task.Delay(wait, tick.Token)).ConfigureAwait(false);
                    await tick.CancelAsync().ConfigureAwait(false);
                    if (woke.IsCompletedSuccessfully && !stop.IsCancellationRequested)
                    {
                        // Events come in bursts while a file is written: let the burst settle before looking.
                        await Task.Delay(TimeSpan.FromMilliseconds(100), stop.Token).ConfigureAwait(false);
                        while (wake.CurrentCount > 0)
                        {
                            await wake.WaitAsync(stop.Token).ConfigureAwait(false);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            finally
            {
                foreach (FileSystemWatcher w in events)
                {
                    w.Dispose();
                }

                foreach (UrlPoller p in pollers)
                {
                    p.Dispose();
                }
            }

            Log.Info("stopped", ("reason", stop.IsCancellationRequested ? "signal" : "done"));
            return exit;
        }

        private async Task Poll(UrlPoller poller, CancellationToken cancel)
        {
            PollOutcome outcome = await poller.PollAsync(cancel).ConfigureAwait(false);
            switch (outcome.Status)
            {
                case PollStatus.Fetched:
                    Log.Info("fetched", ("url", poller.Url), ("file", outcome.Path));
                    break;
                case PollStatus.NotModified:
                    Log.Debug("not-modified", ("url", poller.Url));
                    break;
                case PollStatus.Failed when outcome.Failures == 1:
                    // Reported once; retried with a growing backoff, and the loop goes on.
                    Log.Warn("url-failing", ("url", poller.Url), ("problem", outcome.Problem));
                    break;
                case PollStatus.Failed:
                    Log.Debug("url-failing", ("url", poller.Url), ("problem", outcome.Problem), ("failures", outcome.Failures));
                    break;
                default:
                    break;
            }
        }

        private void Report(PassResult result, HashSet<string> reported)
        {
            foreach (FileOutcome o in result.Ingested.Where(o => !o.IsSkipped))
            {
                if (o.IsRejected)
                {
                    string id = o.Path + "|" + string.Join(";", o.Diagnostics.Select(d => d.ToString()));
                    if (reported.Add(id))
                    {
                        Log.Error("rejected", ("file", o.Path), ("problem", o.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "unreadable"), ("problems", o.Diagnostics.Count));
                    }
                }
                else if (o.Stored is { Status: not IngestStatus.Unchanged } s)
                {
                    Log.Info("ingested", ("file", o.Path), ("format", o.Format), ("figures", s.Rows), ("new", s.Added), ("revised", s.Revisions.Count));
                }
            }

            foreach (SanctionsLoadOutcome l in result.Lists)
            {
                if (l.Stored is null)
                {
                    string id = l.Path + "|" + string.Join(";", l.Diagnostics.Select(d => d.ToString()));
                    if (reported.Add(id))
                    {
                        Log.Error("rejected", ("file", l.Path), ("problem", l.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "unreadable"), ("problems", l.Diagnostics.Count));
                    }
                }
                else if (l.Stored.Status != IngestStatus.Unchanged)
                {
                    Log.Info("list-loaded", ("file", l.Path), ("entries", l.Stored.Version.Entries), ("generated", l.Stored.Version.Generated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            foreach (string f in result.Changing)
            {
                Log.Debug("settling", ("file", f));
            }

            if (result.Scanned)
            {
                Log.Info("scanned", ("changes", result.Changes), ("alerts", result.NewAlerts));
            }
        }

        private static FileSystemWatcher Events(string folder, SemaphoreSlim wake)
        {
            var w = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler poke = (_, _) => wake.Release();
            w.Created += poke;
            w.Changed += poke;
            w.Renamed += (_, _) => wake.Release();
            // A lost event (buffer overflow) is harmless: the periodic rescan finds the file.
            w.EnableRaisingEvents = true;
            return w;
        }

        private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
        {
            // Finish the step in hand and exit 0; what was not done is in the store for the next start.
            context.Cancel = true;
            stop.Cancel();
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }
}
