using System.CommandLine;
using System.Net;
using Flowwatch.Analysis.Detection;
using Flowwatch.Store;
using Flowwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Flowwatch.Cli.Commands;

/// <summary>`flowwatch serve`: the dashboard and HTTP API, in this process, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(DetectorSuite detectors)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated. The default is this machine only; for a team server use http://0.0.0.0:5080 behind a reverse proxy (docs/serve.md).",
            DefaultValueFactory = _ => FlowwatchWeb.DefaultUrl,
        };
        var maxBody = new Option<int>("--max-body-kb")
        {
            Description = "Largest request body accepted (an article to check), in KiB; larger ones get 413.",
            DefaultValueFactory = _ => 1024,
        };
        var command = new Command("serve", "Serve the dashboard and the HTTP API over an existing store, read-only (load figures first with demo or ingest; no login).") { urls, maxBody };
        command.SetAction(parse =>
        {
            string[] addresses = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int kb = parse.GetValue(maxBody);
            // An address that is not an http(s) URL is a usage error, found before Kestrel is started.
            bool wellFormed = addresses.All(a => Uri.TryCreate(a, UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps));
            if (addresses.Length == 0 || !wellFormed || kb <= 0)
            {
                Terminal.Fail($"--urls '{parse.GetValue(urls)}' --max-body-kb {kb}: --urls needs addresses such as http://127.0.0.1:5080, and --max-body-kb a positive number.");
                return ExitCodes.Usage;
            }

            string? db = parse.GetValue(CommonOptions.Db);
            var settings = new WebSettings { OpenStore = () => StoreOpener.OpenReadOnly(db), OpenSanctions = () => StoreOpener.OpenSanctionsReadOnly(db), OpenArticles = () => StoreOpener.OpenArticlesReadOnly(db), MaxBodyBytes = kb * 1024L, Detectors = detectors };
            WebApplication? app = null;
            try
            {
                app = FlowwatchWeb.Create(settings, addresses);
                app.Start();
            }
            catch (StoreException e)
            {
                // No store yet (a fresh machine before `flowwatch demo`), or one of another version: the message says what to run.
                (app as IDisposable)?.Dispose();
                Terminal.Fail(e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or UriFormatException)
            {
                // Disposing flushes and stops the host's loggers before the one-line error and the exit.
                (app as IDisposable)?.Dispose();
                Terminal.Fail(StartFailure.Describe(addresses, e));
                return ExitCodes.BadInput;
            }

            foreach (string url in app.Urls)
            {
                Terminal.Out.WriteLine($"Flowwatch is serving {url}/  (open it in a browser; Ctrl+C stops)");
            }

            if (addresses.Any(a => !IsLoopback(a)))
            {
                Terminal.Error.WriteLine("note: listening beyond this machine. There is no login: put the server behind a reverse proxy that authenticates (docs/serve.md).");
            }

            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip)));
}
