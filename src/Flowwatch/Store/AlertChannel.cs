using System.Globalization;

namespace Flowwatch.Store;

/// <summary>
/// Where an alert is delivered; each channel keeps its own delivery state. Channel 1 is the watcher's standard
/// output; every webhook endpoint is a channel of its own, numbered by the store when the endpoint is first named
/// (<see cref="IWatchStore.Endpoint"/>), so that one endpoint failing never touches another's state.
/// </summary>
public readonly record struct AlertChannel
{
    /// <summary>A channel by the number the store gave it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not positive.</exception>
    public AlertChannel(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        Id = id;
    }

    /// <summary>JSON lines on the watcher's standard output.</summary>
    public static AlertChannel Stdout { get; } = new(1);

    /// <summary>The channel's number in the store (<c>alert_deliveries.channel</c>).</summary>
    public int Id { get; }

    /// <inheritdoc/>
    public override string ToString() => Id == 1 ? "stdout" : "webhook " + Id.ToString(CultureInfo.InvariantCulture);
}
