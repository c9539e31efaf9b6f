namespace Flowwatch.Application.Watching;

/// <summary>How a <see cref="WatchLoop"/> ended.</summary>
/// <param name="Signalled">Stopped by a signal (SIGTERM, SIGINT) or cancellation, after finishing the step in hand.</param>
/// <param name="Troubled">
/// For a single pass: a file was still being written at the end, or an alert was not delivered (scheduled for a
/// retry, a dead letter, an endpoint disabled or unreachable). Cron's exit code.
/// </param>
public sealed record WatchLoopOutcome(bool Signalled, bool Troubled);
