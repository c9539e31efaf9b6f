using System.Net.Sockets;

namespace Flowwatch.Cli.Commands;

/// <summary>Why `flowwatch serve` could not start, in one line a person can act on (no stack trace).</summary>
internal static class StartFailure
{
    public static string Describe(IReadOnlyList<string> addresses, Exception e)
    {
        string where = string.Join(", ", addresses);
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.AddressAlreadyInUse => $"{where}: address in use (another program is listening there; choose another port with --urls).",
                    SocketError.AddressNotAvailable => $"{where}: address not available on this machine (--urls must name one of its addresses, or 0.0.0.0).",
                    SocketError.AccessDenied => $"{where}: permission denied (ports below 1024 need privileges; choose another port with --urls).",
                    _ => $"could not start the server on {where}: {socket.Message}",
                };
            }
        }

        return $"could not start the server on {where}: {e.Message}";
    }
}
