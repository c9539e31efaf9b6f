using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>What <see cref="WatchLoop"/> runs: the passes, how often, and where alerts go besides standard output.</summary>
public sealed record WatchLoopOptions
{
    /// <summary>What each pass watches (its <see cref="WatchOptions.Channels"/> are filled in by the loop).</summary>
    public required WatchOptions Pass { get; init; }

    /// <summary>How often the folders are rescanned besides file events.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Run one pass (waiting only for files still being written) and stop: for cron and CI.</summary>
    public bool Once { get; init; }

    /// <summary>Publishers' files polled with conditional GET at each pass, saved into the first folder.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>Webhook endpoints, each with its own delivery state.</summary>
    public IReadOnlyList<Uri> Webhooks { get; init; } = [];

    /// <summary>How each alert is wrapped for the webhooks.</summary>
    public WebhookFormat WebhookFormat { get; init; } = WebhookFormat.Flowwatch;

    /// <summary>The Standard Webhooks signing secret; null sends deliveries unsigned (and says so at start).</summary>
    public WebhookSecret? WebhookSecret { get; init; }

    /// <summary>The delivery rules.</summary>
    public DeliveryRules Rules { get; init; } = DeliveryRules.Default;
}
