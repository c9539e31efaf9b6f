namespace Flowwatch.Application;

/// <summary>How to ingest.</summary>
public sealed record IngestOptions
{
    /// <summary>Mark every file as synthetic test data, whatever its text says (<c>--synthetic</c>).</summary>
    public bool Synthetic { get; init; }

    /// <summary>The defaults: files are synthetic only where they say so.</summary>
    public static IngestOptions Default { get; } = new();
}
