namespace Flowwatch.Tests.Support;

/// <summary>
/// A test about file permissions. It needs an ordinary user on a Unix system: root writes whatever the mode bits
/// say and Windows has none, so there it is skipped, and says why, rather than passing without proving anything.
/// </summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skip = "needs an ordinary user on a Unix system: root ignores file modes, and Windows has none.";
        }
    }
}
