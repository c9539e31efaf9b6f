namespace Flowwatch.Application.Watching;

/// <summary>How a finding changed between two scans.</summary>
public enum ChangeKind
{
    /// <summary>Raised now, not at the previous scan.</summary>
    New = 1,

    /// <summary>Raised at both, with a higher severity now.</summary>
    Escalated = 2,

    /// <summary>Raised at both with the same or lower severity, but its numbers changed.</summary>
    Revised = 3,

    /// <summary>Raised at the previous scan, not now.</summary>
    Resolved = 4,
}

/// <summary>The codes alerts use for <see cref="ChangeKind"/>.</summary>
public static class ChangeKinds
{
    /// <summary>new, escalated, revised or resolved.</summary>
    public static string Code(ChangeKind kind) => kind switch
    {
        ChangeKind.New => "new",
        ChangeKind.Escalated => "escalated",
        ChangeKind.Revised => "revised",
        ChangeKind.Resolved => "resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
