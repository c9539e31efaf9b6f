namespace Flowwatch.Store;

/// <summary>An alert a channel gave up on: its retries ran out, or the endpoint was disabled before it was delivered.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="Channel">The channel it was not delivered on.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="LastError">The last failure, or why it was never tried.</param>
/// <param name="DeadAt">When it was given up on.</param>
public sealed record DeadLetter(AlertRecord Alert, AlertChannel Channel, int Attempts, string? LastError, DateTimeOffset DeadAt);
