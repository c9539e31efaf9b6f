namespace Flowwatch.Application.Watching;

/// <summary>What one poll of a publisher's URL found.</summary>
public enum PollStatus
{
    /// <summary>A new or changed file, saved into the inbox.</summary>
    Fetched = 1,

    /// <summary>The server said the file had not changed (304), or sent the same bytes again.</summary>
    NotModified = 2,

    /// <summary>The request failed; it is retried after a backoff.</summary>
    Failed = 3,

    /// <summary>No request was made: the URL is backing off after a failure.</summary>
    BackingOff = 4,
}

/// <summary>The result of <see cref="UrlPoller.PollAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Path">The file saved, when fetched.</param>
/// <param name="Problem">Why it failed.</param>
/// <param name="Failures">Failures in a row so far (1 on the first: the one to report).</param>
public sealed record PollOutcome(PollStatus Status, string? Path = null, string? Problem = null, int Failures = 0);
