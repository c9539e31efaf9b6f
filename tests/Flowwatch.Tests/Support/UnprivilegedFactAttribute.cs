using System.Runtime.InteropServices;

namespace Flowwatch.Tests.Support;

/// <summary>
/// A test about file permissions, on a Unix system (Windows has no mode bits: there it is skipped, and says why).
/// Root ignores mode bits, so a test run as root does the file work on a thread whose file-system user is
/// <c>nobody</c> (<see cref="AsNobody"/>): the kernel then checks the bits as for that user, and the test proves
/// what it says under CI too, which runs as root.
/// </summary>
public sealed partial class UnprivilegedFactAttribute : FactAttribute
{
    private const uint Nobody = 65534;

    public UnprivilegedFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix system: Windows has no file mode bits.";
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with the file permissions of an ordinary user: as root, on a thread of its own
    /// whose file-system user id is nobody's (setfsuid(2) is per thread, and leaving uid 0 drops the capabilities
    /// that override mode bits, on that thread only); otherwise as the current user, who is one.
    /// </summary>
    public static T AsNobody<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Environment.UserName != "root")
        {
            return work();
        }

        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            _ = SetFsUid(Nobody);
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                _ = SetFsUid(0);
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }

    [LibraryImport("libc", EntryPoint = "setfsuid")]
    private static partial int SetFsUid(uint uid);
}
