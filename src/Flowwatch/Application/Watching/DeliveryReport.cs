namespace Flowwatch.Application.Watching;

/// <summary>What one round of webhook deliveries did, summed over the endpoints.</summary>
/// <param name="Delivered">Alerts the endpoints took.</param>
/// <param name="Failed">Alerts refused or unanswered, scheduled for a retry.</param>
/// <param name="Dead">Alerts that became dead letters.</param>
/// <param name="Disabled">Endpoints disabled (now or before).</param>
/// <param name="Waiting">Alerts due but not tried: the endpoint was unreachable or asked to be throttled.</param>
/// <param name="More">Whether more alerts may be due than one round takes: deliver again without waiting.</param>
public sealed record DeliveryReport(int Delivered, int Failed, int Dead, int Disabled, int Waiting, bool More)
{
    /// <summary>Nothing done.</summary>
    public static DeliveryReport None { get; } = new(0, 0, 0, 0, 0, false);

    /// <summary>The last problem met, in words.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether anything was not delivered as it should have been.</summary>
    public bool Troubled => Failed + Dead + Disabled + Waiting > 0;

    /// <summary>Two reports summed.</summary>
    public static DeliveryReport operator +(DeliveryReport a, DeliveryReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new DeliveryReport(a.Delivered + b.Delivered, a.Failed + b.Failed, a.Dead + b.Dead, a.Disabled + b.Disabled, a.Waiting + b.Waiting, a.More || b.More)
        {
            Problem = b.Problem ?? a.Problem,
        };
    }
}
