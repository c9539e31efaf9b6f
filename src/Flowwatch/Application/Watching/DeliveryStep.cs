namespace Flowwatch.Application.Watching;

/// <summary>What <see cref="DeliveryRules.Decide"/> says to do next with an alert on an endpoint.</summary>
internal enum DeliveryStep
{
    /// <summary>Mark it delivered.</summary>
    Delivered,

    /// <summary>Disable the endpoint; its undelivered alerts become dead letters.</summary>
    Disable,

    /// <summary>Try again at <see cref="DeliveryDecision.RetryAt"/> (pausing the endpoint until then when it was throttled).</summary>
    Retry,

    /// <summary>Give up: the alert becomes a dead letter.</summary>
    Dead,
}
