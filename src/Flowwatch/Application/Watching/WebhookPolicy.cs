namespace Flowwatch.Application.Watching;

/// <summary>How hard a <see cref="WebhookClient"/> tries before it leaves an alert for the next pass.</summary>
public sealed record WebhookPolicy
{
    /// <summary>Attempts per alert per pass.</summary>
    public int Attempts { get; init; } = 5;

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
