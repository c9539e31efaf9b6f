namespace Flowwatch.Store;

/// <summary>An alert due on a channel, with what its earlier attempts there left behind.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="Attempts">Attempts made on this channel so far.</param>
/// <param name="FirstFailedAt">When the first of them failed; null when none has.</param>
public sealed record PendingDelivery(AlertRecord Alert, int Attempts, DateTimeOffset? FirstFailedAt);
