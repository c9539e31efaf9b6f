using System.CommandLine;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Cli.Logging;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Flowwatch.Web;
using Microsoft.Extensions.Logging;

namespace Flowwatch.Cli.Commands;

internal static class WatchCommand
{
    public static Command Create(DetectorSuite detectors)
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders to watch; files that land in them are ingested, each all or nothing.", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "How often to rescan the folders besides reacting to file events (30s, 15m, 1h).", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Run one pass (ingest, scan, deliver) and exit: for cron and CI." };
        Option<string[]> webhooks = WebhookOptions.Webhooks("POST each alert to this URL as a Standard Webhook (webhook-id, webhook-timestamp, webhook-signature; Idempotency-Key), retried by the delivery rules. Repeatable: each endpoint has its own delivery state.");
        Option<string> format = WebhookOptions.Format();
        Option<string?> secretFile = WebhookOptions.SecretFile();
        var site = new Option<string>("--site") { Description = "The dashboard's address, for the link in each alert.", DefaultValueFactory = _ => FlowwatchWeb.DefaultUrl };
        var settle = new Option<string>("--settle") { Description = "How long a file must stay unchanged before it is read (1s; a file still being written is not read half-way).", DefaultValueFactory = _ => "1s" };
        var logLevel = new Option<string>("--log-level") { Description = "The least level logged to standard error: debug, info, warn or error.", DefaultValueFactory = _ => "info" };
        logLevel.AcceptOnlyFromAmong("debug", "info", "warn", "error");
        var urls = new Option<string[]>("--url") { Description = "A publisher's file to poll with conditional GET (ETag, Last-Modified) at each pass; saved into the first folder. Repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var synthetic = new Option<bool>("--include-synthetic") { Description = "Let synthetic test files count in the scans (demos and tests)." };
        var command = new Command("watch", "Watch folders for new releases, ingest them, and alert on findings that are new, escalated, revised or resolved (JSON lines on standard output).")
        {
            folders, every, once, webhooks, format, secretFile, site, settle, logLevel, urls, synthetic,
        };
        command.SetAction((parse, cancel) =>
        {
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

            if (!WebhookOptions.TryReadUrls(parse.GetValue(webhooks) ?? [], out List<Uri> hooks, out string? hookProblem))
            {
                Terminal.Fail(hookProblem!);
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!WebhookOptions.TryReadSecret(parse.GetValue(secretFile), out WebhookSecret? secret, out string? secretProblem))
            {
                Terminal.Fail(secretProblem!);
                return Task.FromResult(ExitCodes.BadInput);
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

            LogLevel least = LogfmtLoggerProvider.TryParseLevel(parse.GetValue(logLevel)!, out LogLevel parsed) ? parsed : LogLevel.Information;
            var options = new WatchLoopOptions
            {
                Pass = new WatchOptions
                {
                    Folders = dirs,
                    Context = ReferenceData.Load(),
                    Detectors = detectors,
                    Site = siteUri,
                    Settle = quiet,
                    IncludeSynthetic = parse.GetValue(synthetic),
                },
                Every = period,
                Once = parse.GetValue(once),
                Urls = sources,
                Webhooks = hooks,
                WebhookFormat = WebhookOptions.ParseFormat(parse.GetValue(format)!),
                WebhookSecret = secret,
            };
            return RunAsync(parse.GetValue(CommonOptions.Db), options, least, cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(string? db, WatchLoopOptions options, LogLevel least, CancellationToken cancel)
    {
        // Captured here: the loop continues on other threads, and the command's writers are per thread.
        TextWriter alerts = Terminal.Out;
        using ILoggerFactory logs = LoggerFactory.Create(b => b.SetMinimumLevel(least).AddProvider(new LogfmtLoggerProvider(Terminal.Error, TimeProvider.System)));
        using IObservationStore store = StoreOpener.Open(db);
        if (store is not IWatchStore outbox)
        {
            Terminal.Fail($"{store.Location}: this store cannot keep the watcher's state.");
            return ExitCodes.BadInput;
        }

        // The sanctions-list versions live in the same database: list files landing in the folders are watched too.
        using ISanctionsStore sanctions = StoreOpener.OpenSanctions(db);
        // So do the news articles: an article that repeats a known wrong variant is an alert.
        using Store.Articles.IArticleStore articles = StoreOpener.OpenArticles(db);
        var loop = new WatchLoop(store, outbox, sanctions, options, alerts, logs.CreateLogger("flowwatch.watch"), articles: articles);
        WatchLoopOutcome outcome = await loop.RunAsync(cancel).ConfigureAwait(false);
        return outcome.Troubled ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
