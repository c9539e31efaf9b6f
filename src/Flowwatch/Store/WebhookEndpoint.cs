namespace Flowwatch.Store;

/// <summary>A webhook endpoint as the store knows it: its channel, its format and its delivery state.</summary>
/// <param name="Channel">The channel its deliveries are kept under.</param>
/// <param name="Url">Where alerts are posted.</param>
/// <param name="Format">How each alert is wrapped.</param>
public sealed record WebhookEndpoint(AlertChannel Channel, Uri Url, WebhookFormat Format)
{
    /// <summary>When the endpoint answered 410 Gone and was disabled; null while it is enabled.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>Why it was disabled (the answer that disabled it).</summary>
    public string? DisabledReason { get; init; }

    /// <summary>Until when nothing is sent to it, because it asked to be throttled (429, 502, 503, 504).</summary>
    public DateTimeOffset? PausedUntil { get; init; }

    /// <summary>Alerts it took.</summary>
    public int Delivered { get; init; }

    /// <summary>Alerts still to be delivered (due now or scheduled for a retry).</summary>
    public int Pending { get; init; }

    /// <summary>Alerts given up on: dead letters, listed and re-sent by <c>flowwatch webhooks</c>.</summary>
    public int Dead { get; init; }
}
