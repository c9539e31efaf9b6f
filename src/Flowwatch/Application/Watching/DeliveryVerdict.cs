namespace Flowwatch.Application.Watching;

/// <summary>How <see cref="DeliveryRules"/> class an endpoint's answer.</summary>
internal enum DeliveryVerdict
{
    /// <summary>A 2xx answer: the endpoint took the alert.</summary>
    Delivered,

    /// <summary>410 Gone: the endpoint wants no more alerts.</summary>
    Gone,

    /// <summary>429, 502, 503 or 504: the endpoint asks to be sent less.</summary>
    Throttled,

    /// <summary>Any other answer, a timeout or no connection.</summary>
    Failed,
}
