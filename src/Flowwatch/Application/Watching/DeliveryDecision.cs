namespace Flowwatch.Application.Watching;

/// <summary>The rules' decision after one attempt.</summary>
/// <param name="Step">What to do.</param>
/// <param name="Verdict">How the answer was classed.</param>
/// <param name="Status">The HTTP status; null when there was no answer (a timeout, no connection).</param>
/// <param name="Problem">The answer in words ("HTTP 400 Bad Request", "no answer within 15 s"); null for a 2xx.</param>
/// <param name="RetryAt">For <see cref="DeliveryStep.Retry"/>, when to try again.</param>
internal sealed record DeliveryDecision(DeliveryStep Step, DeliveryVerdict Verdict, int? Status, string? Problem, DateTimeOffset? RetryAt);
