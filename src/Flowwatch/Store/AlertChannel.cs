namespace Flowwatch.Store;

/// <summary>Where an alert is delivered; each channel keeps its own delivery state.</summary>
public enum AlertChannel
{
    /// <summary>JSON lines on the watcher's standard output.</summary>
    Stdout = 1,

    /// <summary>An HTTP POST to the configured webhook.</summary>
    Webhook = 2,
}
