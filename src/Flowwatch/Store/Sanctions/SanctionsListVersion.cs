using Flowwatch.Model;

namespace Flowwatch.Store.Sanctions;

/// <summary>A stored list version: its file, when the publisher generated it, when it was stored and how many records it holds.</summary>
public sealed record SanctionsListVersion(SourceDocument Document, DateTimeOffset Generated, DateTimeOffset IngestedAt, int Entries);
