namespace Flowwatch.Store;

/// <summary>An alert as the store keeps it until every channel has delivered it.</summary>
/// <param name="Key">The idempotency key: derived from the change itself, so recomputing the same change gives the same key.</param>
/// <param name="Kind">new, escalated, revised or resolved.</param>
/// <param name="FindingId">The finding's stable id.</param>
/// <param name="Title">One line for people (feed entry titles).</param>
/// <param name="Body">The alert as the JSON line and webhook body carry it.</param>
/// <param name="CreatedAt">When the change was recorded (UTC).</param>
public sealed record AlertRecord(string Key, string Kind, string FindingId, string Title, string Body, DateTimeOffset CreatedAt);
