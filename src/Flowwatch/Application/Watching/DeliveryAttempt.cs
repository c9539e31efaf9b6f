namespace Flowwatch.Application.Watching;

/// <summary>What one POST to an endpoint came to.</summary>
/// <param name="Status">The HTTP status; null when there was no answer (a timeout, no connection).</param>
/// <param name="RetryAfter">The wait a <c>Retry-After</c> header asked for, if any.</param>
/// <param name="Problem">The failure in words; null for a 2xx.</param>
internal sealed record DeliveryAttempt(int? Status, TimeSpan? RetryAfter, string? Problem);
