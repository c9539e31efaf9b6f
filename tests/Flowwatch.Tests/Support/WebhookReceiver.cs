using System.Net;
using System.Net.Sockets;

namespace Flowwatch.Tests.Support;

/// <summary>A webhook on 127.0.0.1 that answers 500 to its first <c>failures</c> requests, then 200, and records each.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _failuresLeft;

    public WebhookReceiver(int failures = 0)
    {
        _failuresLeft = failures;
        int port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Url { get; }

    /// <summary>Every request: its Idempotency-Key header, its body, and the status answered.</summary>
    public List<(string? Key, string Body, int Status)> Requests { get; } = [];

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            string body = await reader.ReadToEndAsync();
            int status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 200;
            lock (Requests)
            {
                Requests.Add((context.Request.Headers["Idempotency-Key"], body, status));
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
