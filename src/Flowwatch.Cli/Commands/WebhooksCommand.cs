using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Web;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

/// <summary>`flowwatch webhooks`: the endpoints `watch` posts to, their dead letters, and re-sending them.</summary>
internal static class WebhooksCommand
{
    public static Command Create()
    {
        var command = new Command("webhooks", "The webhook endpoints `watch` posts to: their state, their dead letters, and re-sending them.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Dead());
        command.Subcommands.Add(Resend());
        return command;
    }

    private static Command List()
    {
        Option<string> format = CommonOptions.Format("table", "json");
        var command = new Command("list", "Every endpoint with its format, state and counts (delivered, pending, dead letters).") { format };
        command.SetAction(parse =>
        {
            using IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
            if (store is not IWatchStore outbox)
            {
                return NoOutbox(store);
            }

            IReadOnlyList<WebhookEndpoint> endpoints = outbox.Endpoints();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(json =>
                {
                    json.WriteStartArray();
                    foreach (WebhookEndpoint e in endpoints)
                    {
                        json.WriteStartObject();
                        json.WriteString("url", e.Url.AbsoluteUri);
                        json.WriteString("format", WebhookFormats.Code(e.Format));
                        json.WriteString("state", State(e));
                        json.WriteNumber("delivered", e.Delivered);
                        json.WriteNumber("pending", e.Pending);
                        json.WriteNumber("dead", e.Dead);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (endpoints.Count == 0)
            {
                Terminal.Out.WriteLine($"No webhook endpoints in {store.Location}: `flowwatch watch DIR --webhook URL` names them.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("endpoint", "format", "state", "delivered", "pending", "dead letters");
            foreach (WebhookEndpoint e in endpoints)
            {
                table.AddRow(Markup.Escape(e.Url.AbsoluteUri), WebhookFormats.Code(e.Format), Markup.Escape(State(e)), Count(e.Delivered), Count(e.Pending), Count(e.Dead));
            }

            Terminal.Console().Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Dead()
    {
        Option<string[]> webhooks = WebhookOptions.Webhooks("Only this endpoint's dead letters. Repeatable.");
        Option<string> format = CommonOptions.Format("table", "json");
        var command = new Command("dead", "The alerts given up on (retries ran out, or the endpoint was disabled), oldest first, with the last failure.") { webhooks, format };
        command.SetAction(parse =>
        {
            using Chosen? chosen = Choose(parse, webhooks, out int exit);
            if (chosen is null)
            {
                return exit;
            }

            (IWatchStore outbox, Dictionary<AlertChannel, WebhookEndpoint> endpoints, List<AlertChannel> channels) = (chosen.Outbox, chosen.Endpoints, chosen.Channels);
            List<DeadLetter> dead = channels.SelectMany(c => outbox.DeadLetters(c, int.MaxValue)).OrderBy(d => d.Alert.CreatedAt).ThenBy(d => d.Channel.Id).ToList();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(json =>
                {
                    json.WriteStartArray();
                    foreach (DeadLetter d in dead)
                    {
                        json.WriteStartObject();
                        json.WriteString("key", d.Alert.Key);
                        json.WriteString("endpoint", endpoints[d.Channel].Url.AbsoluteUri);
                        json.WriteNumber("attempts", d.Attempts);
                        json.WriteString("last_error", d.LastError);
                        json.WriteString("dead_at", Iso(d.DeadAt));
                        json.WritePropertyName("alert");
                        json.WriteRawValue(d.Alert.Body);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            if (dead.Count == 0)
            {
                Terminal.Out.WriteLine("No dead letters.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("key", "endpoint", "alert", "attempts", "last failure", "given up (UTC)");
            foreach (DeadLetter d in dead)
            {
                table.AddRow(d.Alert.Key, Markup.Escape(endpoints[d.Channel].Url.AbsoluteUri), Markup.Escape(d.Alert.Title), Count(d.Attempts), Markup.Escape(d.LastError ?? ""), Iso(d.DeadAt));
            }

            Terminal.Console().Write(table);
            Terminal.Out.WriteLine($"{dead.Count} dead letters; `flowwatch webhooks resend [--webhook URL] [KEY...]` sends them again.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Resend()
    {
        var keys = new Argument<string[]>("KEY") { Description = "The alerts to re-send (their keys, as `webhooks dead` lists them); all when none is given.", Arity = ArgumentArity.ZeroOrMore };
        Option<string[]> webhooks = WebhookOptions.Webhooks("Only this endpoint's dead letters (its state is reset: a disabled endpoint is enabled again). Repeatable.");
        Option<string?> secretFile = WebhookOptions.SecretFile();
        var site = new Option<string>("--site") { Description = "The dashboard's address (a CloudEvent's source).", DefaultValueFactory = _ => FlowwatchWeb.DefaultUrl };
        var command = new Command("resend", "Send dead letters again now, signed as `watch` signs them; one refused again follows the delivery rules from a fresh schedule.") { keys, webhooks, secretFile, site };
        command.SetAction(async (parse, cancel) =>
        {
            if (!Uri.TryCreate(parse.GetValue(site)!.TrimEnd('/') + "/", UriKind.Absolute, out Uri? siteUri))
            {
                Terminal.Fail($"--site '{parse.GetValue(site)}' is not an absolute address such as {FlowwatchWeb.DefaultUrl}.");
                return ExitCodes.Usage;
            }

            if (!WebhookOptions.TryReadSecret(parse.GetValue(secretFile), out WebhookSecret? secret, out string? secretProblem))
            {
                Terminal.Fail(secretProblem!);
                return ExitCodes.BadInput;
            }

            TextWriter output = Terminal.Out;
            using Chosen? chosenEndpoints = Choose(parse, webhooks, out int exit);
            if (chosenEndpoints is null)
            {
                return exit;
            }

            (IWatchStore outbox, Dictionary<AlertChannel, WebhookEndpoint> endpoints, List<AlertChannel> channels) = (chosenEndpoints.Outbox, chosenEndpoints.Endpoints, chosenEndpoints.Channels);
            string[] chosen = parse.GetValue(keys) ?? [];
            var dead = channels.Select(c => (Channel: c, Keys: outbox.DeadLetters(c, int.MaxValue).Select(d => d.Alert.Key).Where(k => chosen.Length == 0 || chosen.Contains(k, StringComparer.Ordinal)).ToList()))
                .Where(c => c.Keys.Count > 0 || (chosenEndpoints.Named && endpoints[c.Channel].DisabledAt is not null)).ToList();
            if (chosen.FirstOrDefault(k => !dead.Any(d => d.Keys.Contains(k, StringComparer.Ordinal))) is { } unknown)
            {
                Terminal.Fail($"{unknown}: no such dead letter (`flowwatch webhooks dead` lists them).");
                return ExitCodes.BadInput;
            }

            if (dead.Count == 0)
            {
                output.WriteLine("No dead letters to re-send.");
                return ExitCodes.Ok;
            }

            var dispatcher = new AlertDispatcher(outbox);
            using var client = new WebhookClient(secret);
            bool troubled = false;
            foreach ((AlertChannel channel, List<string> which) in dead)
            {
                (int revived, DeliveryReport report) = await dispatcher.ResendAsync(client, channel, which, siteUri, cancel);
                troubled |= report.Troubled;
                string why = report.Problem is null ? "" : $" ({report.Problem})";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{endpoints[channel].Url.AbsoluteUri}: {revived} re-sent: {report.Delivered} delivered, {report.Failed + report.Waiting} to be retried by `watch`, {report.Dead} dead again{why}."));
            }

            return troubled ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Opens the store and picks the endpoints named by --webhook (all when none is); null and an exit code when it cannot.</summary>
    private static Chosen? Choose(ParseResult parse, Option<string[]> webhooks, out int exit)
    {
        exit = ExitCodes.Ok;
        if (!WebhookOptions.TryReadUrls(parse.GetValue(webhooks) ?? [], out List<Uri> urls, out string? problem))
        {
            Terminal.Fail(problem!);
            exit = ExitCodes.Usage;
            return null;
        }

        IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
        if (store is not IWatchStore outbox)
        {
            exit = NoOutbox(store);
            store.Dispose();
            return null;
        }

        Dictionary<AlertChannel, WebhookEndpoint> endpoints = outbox.Endpoints().ToDictionary(e => e.Channel);
        if (!TryChannels(endpoints, urls, out List<AlertChannel> channels))
        {
            exit = ExitCodes.BadInput;
            store.Dispose();
            return null;
        }

        return new Chosen(store, outbox, endpoints, channels, urls.Count > 0);
    }

    private static bool TryChannels(Dictionary<AlertChannel, WebhookEndpoint> endpoints, List<Uri> urls, out List<AlertChannel> channels)
    {
        channels = [];
        foreach (Uri url in urls)
        {
            if (endpoints.Values.FirstOrDefault(e => e.Url == url) is not { } endpoint)
            {
                Terminal.Fail($"{url}: not a webhook endpoint of this store (`flowwatch webhooks list` shows them).");
                return false;
            }

            channels.Add(endpoint.Channel);
        }

        if (urls.Count == 0)
        {
            channels.AddRange(endpoints.Keys.OrderBy(c => c.Id));
        }

        return true;
    }

    private static string State(WebhookEndpoint e) =>
        e.DisabledAt is { } off ? $"disabled since {Iso(off)} ({e.DisabledReason})"
        : e.PausedUntil is { } paused && paused > DateTimeOffset.UtcNow ? $"throttled until {Iso(paused)}"
        : "enabled";

    private static int NoOutbox(IObservationStore store)
    {
        Terminal.Fail($"{store.Location}: this store keeps no watcher state.");
        return ExitCodes.BadInput;
    }

    private static void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        Terminal.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private sealed record Chosen(IObservationStore Store, IWatchStore Outbox, Dictionary<AlertChannel, WebhookEndpoint> Endpoints, List<AlertChannel> Channels, bool Named) : IDisposable
    {
        public void Dispose() => Store.Dispose();
    }
}
