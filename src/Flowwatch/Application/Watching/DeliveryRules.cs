namespace Flowwatch.Application.Watching;

/// <summary>
/// What Flowwatch does with each answer a webhook endpoint gives: the delivery rules, written here and nowhere else
/// (docs/watch.md quotes them). Every path that posts an alert (the watcher, <c>flowwatch webhooks resend</c>) decides
/// through <see cref="Decide"/>.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>answer</term><description>what Flowwatch does</description></listheader>
/// <item><term>2xx</term><description>delivered.</description></item>
/// <item><term>410</term><description>the endpoint is disabled and Flowwatch says so; its undelivered alerts become dead letters.</description></item>
/// <item><term>429, 502, 503, 504</term><description>throttled: the endpoint is paused as <c>Retry-After</c> says (at most
/// <see cref="MaxDelay"/>), else for the backoff below.</description></item>
/// <item><term>any other answer, a timeout or no connection</term><description>retried with exponential backoff and full
/// jitter (a wait drawn evenly between 0 and <see cref="FirstDelay"/> doubled per failure, capped at <see cref="MaxDelay"/>),
/// until <see cref="GiveUpAfter"/> after the first failure; the attempt that fails then makes the alert a dead letter.</description></item>
/// </list>
/// Redirects are answers like any other (not followed: the address should be updated), as Standard Webhooks advises.
/// Each alert has its own schedule, so a failing alert never holds back the alerts after it, to the same endpoint or
/// another; order is not promised, and each alert carries its id and time. Full jitter is the scheme of Brooker,
/// "Exponential Backoff And Jitter" (AWS Architecture Blog, 2015): it spreads the retries of many alerts evenly.
/// </remarks>
public sealed record DeliveryRules
{
    /// <summary>The rules as Flowwatch ships them.</summary>
    public static DeliveryRules Default { get; } = new();

    /// <summary>The cap of the first retry's wait; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts, and the most a <c>Retry-After</c> is honoured.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How long after its first failure an alert is still retried: about a day in all.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long one attempt may take (Standard Webhooks recommends 15 to 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries made at once, within the pass, when the rule's wait is short (at most <see cref="LongestWaitInPass"/>).</summary>
    public int RetriesInPass { get; init; } = 2;

    /// <summary>The longest wait a pass spends on one alert before leaving its retry to a later pass.</summary>
    public TimeSpan LongestWaitInPass { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How an answer is classed (null: no answer: a timeout or no connection).</summary>
    internal static DeliveryVerdict Judge(int? status) => status switch
    {
        >= 200 and <= 299 => DeliveryVerdict.Delivered,
        410 => DeliveryVerdict.Gone,
        429 or 502 or 503 or 504 => DeliveryVerdict.Throttled,
        _ => DeliveryVerdict.Failed,
    };

    /// <summary>The wait before the next attempt after <paramref name="failures"/> failures: full jitter over an exponential cap.</summary>
    /// <param name="failures">Failed attempts so far, at least 1.</param>
    /// <param name="draw">A number drawn evenly from [0, 1).</param>
    public TimeSpan Backoff(int failures, double draw)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failures);
        ArgumentOutOfRangeException.ThrowIfNegative(draw);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(draw, 1.0);

        // FirstDelay * 2^(failures - 1), computed in doubles so that a long-failing alert cannot overflow the ticks.
        double cap = Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 62)));
        return TimeSpan.FromTicks((long)(cap * draw));
    }

    /// <summary>What to do after one attempt.</summary>
    /// <param name="attempt">The answer (or its absence).</param>
    /// <param name="failuresBefore">Failed attempts of this alert on this endpoint before this one.</param>
    /// <param name="firstFailedAt">When the first of them was; null when none.</param>
    /// <param name="now">When this attempt ended.</param>
    /// <param name="draw">A number drawn evenly from [0, 1), for the jitter.</param>
    internal DeliveryDecision Decide(DeliveryAttempt attempt, int failuresBefore, DateTimeOffset? firstFailedAt, DateTimeOffset now, double draw)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        DeliveryVerdict verdict = Judge(attempt.Status);
        switch (verdict)
        {
            case DeliveryVerdict.Delivered:
                return new DeliveryDecision(DeliveryStep.Delivered, verdict, attempt.Status, attempt.Problem, null);
            case DeliveryVerdict.Gone:
                return new DeliveryDecision(DeliveryStep.Disable, verdict, attempt.Status, attempt.Problem, null);
            default:
                DateTimeOffset first = firstFailedAt ?? now;
                if (now - first >= GiveUpAfter)
                {
                    return new DeliveryDecision(DeliveryStep.Dead, verdict, attempt.Status, attempt.Problem, null);
                }

                TimeSpan wait = verdict == DeliveryVerdict.Throttled && attempt.RetryAfter is { } asked
                    ? TimeSpan.FromTicks(Math.Clamp(asked.Ticks, 0, MaxDelay.Ticks))
                    : Backoff(failuresBefore + 1, draw);

                // The last retry falls at the end of the schedule at the latest, so that it is bounded.
                DateTimeOffset next = now + wait < first + GiveUpAfter ? now + wait : first + GiveUpAfter;
                return new DeliveryDecision(DeliveryStep.Retry, verdict, attempt.Status, attempt.Problem, next);
        }
    }
}
