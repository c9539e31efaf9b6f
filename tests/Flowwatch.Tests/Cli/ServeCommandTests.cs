using System.Net;
using System.Net.Sockets;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_1_not_a_stack_trace()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        int port = ((IPEndPoint)occupier.LocalEndpoint).Port;
        Flowwatch.Store.SqliteObservationStore.Open(_temp.File("serve.db")).Dispose();

        // The host logs to the process console, not to the command's writers: watch that too.
        TextWriter consoleOut = Console.Out, consoleError = Console.Error;
        var console = new StringWriter();
        (int Exit, string Out, string Err) run;
        try
        {
            Console.SetOut(console);
            Console.SetError(console);
            run = CliRunner.Run("serve", "--urls", $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "--db", _temp.File("serve.db"));
        }
        finally
        {
            Console.SetOut(consoleOut);
            Console.SetError(consoleError);
        }

        Assert.Equal(1, run.Exit);
        string line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}", line, StringComparison.Ordinal);
        Assert.Contains("address in use", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out.Trim());
        Assert.DoesNotContain("   at ", console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_it_says_what_to_run_exits_1_and_creates_nothing()
    {
        string db = Path.Combine(_temp.File("none"), "flowwatch.db");
        (int exit, string output, string error) = CliRunner.Run("serve", "--urls", "http://127.0.0.1:0", "--db", db);

        Assert.Equal(1, exit);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"error: {db}: there is no Flowwatch store here yet", line, StringComparison.Ordinal);
        Assert.Contains("flowwatch demo", line, StringComparison.Ordinal);
        Assert.Equal("", output.Trim());
        Assert.False(File.Exists(db));
        Assert.False(Directory.Exists(Path.GetDirectoryName(db)));
    }
}
