using Microsoft.Extensions.Logging;

namespace Flowwatch.Application.Watching;

/// <summary>
/// The watcher's log events, one place: each has a name (the <c>event=</c> of the logfmt line the command writes) and
/// named fields. Written through Microsoft.Extensions.Logging, so that a host may send them anywhere.
/// </summary>
internal static partial class WatchEvents
{
    [LoggerMessage(EventId = 1, EventName = "started", Level = LogLevel.Information, Message = "watching {folders} into {store}; webhooks {webhooks}, every {every}, once {once}")]
    public static partial void Started(ILogger logger, string folders, string store, string webhooks, TimeSpan every, bool once);

    [LoggerMessage(EventId = 2, EventName = "stopped", Level = LogLevel.Information, Message = "stopped: {reason}")]
    public static partial void Stopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 3, EventName = "rejected", Level = LogLevel.Error, Message = "{file} refused: {problem} ({problems} problems)")]
    public static partial void Rejected(ILogger logger, string file, string problem, int problems);

    [LoggerMessage(EventId = 4, EventName = "ingested", Level = LogLevel.Information, Message = "{file} ({format}): {figures} figures, {new} new, {revised} revised")]
    public static partial void Ingested(ILogger logger, string file, string format, int figures, int @new, int revised);

    [LoggerMessage(EventId = 5, EventName = "list-loaded", Level = LogLevel.Information, Message = "{file}: {entries} entries generated {generated}")]
    public static partial void ListLoaded(ILogger logger, string file, int entries, string generated);

    [LoggerMessage(EventId = 6, EventName = "settling", Level = LogLevel.Debug, Message = "{file} is still being written")]
    public static partial void Settling(ILogger logger, string file);

    [LoggerMessage(EventId = 7, EventName = "scanned", Level = LogLevel.Information, Message = "{changes} changes, {alerts} new alerts")]
    public static partial void Scanned(ILogger logger, int changes, int alerts);

    [LoggerMessage(EventId = 8, EventName = "fetched", Level = LogLevel.Information, Message = "{url} saved as {file}")]
    public static partial void Fetched(ILogger logger, Uri url, string? file);

    [LoggerMessage(EventId = 9, EventName = "not-modified", Level = LogLevel.Debug, Message = "{url} has not changed")]
    public static partial void NotModified(ILogger logger, Uri url);

    [LoggerMessage(EventId = 10, EventName = "url-failing", Level = LogLevel.Warning, Message = "{url} failing: {problem}")]
    public static partial void UrlFailing(ILogger logger, Uri url, string? problem);

    [LoggerMessage(EventId = 11, EventName = "url-still-failing", Level = LogLevel.Debug, Message = "{url} still failing: {problem} ({failures} in a row)")]
    public static partial void UrlStillFailing(ILogger logger, Uri url, string? problem, int failures);

    [LoggerMessage(EventId = 20, EventName = "webhook-failing", Level = LogLevel.Warning, Message = "{url} failing: {problem}; {delivered} delivered, {failed} to retry in this pass")]
    public static partial void WebhookFailing(ILogger logger, Uri url, string? problem, int delivered, int failed);

    [LoggerMessage(EventId = 21, EventName = "webhook-recovered", Level = LogLevel.Information, Message = "{url} takes alerts again: {delivered} delivered")]
    public static partial void WebhookRecovered(ILogger logger, Uri url, int delivered);

    [LoggerMessage(EventId = 22, EventName = "webhook-retry", Level = LogLevel.Debug, Message = "{url} {key}: {problem}; next attempt {next}")]
    public static partial void WebhookRetry(ILogger logger, Uri url, string key, string? problem, string next);

    [LoggerMessage(EventId = 23, EventName = "webhook-throttled", Level = LogLevel.Warning, Message = "{url} asked to be throttled ({problem}): nothing sent to it before {until}")]
    public static partial void WebhookThrottled(ILogger logger, Uri url, string? problem, string until);

    [LoggerMessage(EventId = 24, EventName = "webhook-disabled", Level = LogLevel.Error, Message = "{url} is disabled ({reason}): {dead} undelivered alerts are dead letters; `flowwatch webhooks resend --webhook {url}` enables it and sends them")]
    public static partial void WebhookDisabled(ILogger logger, Uri url, string reason, int dead);

    [LoggerMessage(EventId = 25, EventName = "dead-letter", Level = LogLevel.Warning, Message = "{url} {key} given up after {attempts} attempts: {problem}")]
    public static partial void DeadLetter(ILogger logger, Uri url, string key, int attempts, string? problem);

    [LoggerMessage(EventId = 26, EventName = "webhook-unreachable", Level = LogLevel.Warning, Message = "{url} unreachable ({problem}): {left} due alerts left for the next pass")]
    public static partial void WebhookUnreachable(ILogger logger, Uri url, string? problem, int left);

    [LoggerMessage(EventId = 27, EventName = "webhook-unsigned", Level = LogLevel.Warning, Message = "no webhook secret (FLOWWATCH_WEBHOOK_SECRET or --webhook-secret-file): deliveries carry no webhook-signature")]
    public static partial void WebhookUnsigned(ILogger logger);
}
