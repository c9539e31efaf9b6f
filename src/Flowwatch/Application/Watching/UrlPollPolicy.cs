namespace Flowwatch.Application.Watching;

/// <summary>Timeout and backoff for a <see cref="UrlPoller"/>.</summary>
public sealed record UrlPollPolicy
{
    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait after failures.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);
}
