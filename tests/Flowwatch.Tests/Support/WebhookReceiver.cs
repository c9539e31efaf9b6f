using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;

namespace Flowwatch.Tests.Support;

/// <summary>
/// A webhook on 127.0.0.1 that records each request (headers and body) and answers as told: by default 500 to its
/// first <c>failures</c> requests, then 200; or by a function of the request (its status and a Retry-After value).
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Func<WebhookRequest, (int Status, string? RetryAfter)> _answer;
    private int _failuresLeft;

    public WebhookReceiver(int failures = 0)
        : this(null)
    {
        _failuresLeft = failures;
    }

    public WebhookReceiver(Func<WebhookRequest, (int Status, string? RetryAfter)>? answer)
        : this(new Uri($"http://127.0.0.1:{FreePort()}/hook/"), answer)
    {
    }

    /// <summary>A receiver at a given address (one that was down before, say).</summary>
    public WebhookReceiver(Uri url, Func<WebhookRequest, (int Status, string? RetryAfter)>? answer)
    {
        _answer = answer ?? (_ => (Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 200, null));
        Url = url;
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Url { get; }

    /// <summary>Every request: its Idempotency-Key header, its body, and the status answered.</summary>
    public List<(string? Key, string Body, int Status)> Requests
    {
        get
        {
            lock (Received)
            {
                return Received.Select(r => (r.Headers["Idempotency-Key"], r.Body, r.Status)).ToList();
            }
        }
    }

    /// <summary>Every request in full, in the order received.</summary>
    public List<WebhookRequest> Received { get; } = [];

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
            var request = new WebhookRequest(new NameValueCollection(context.Request.Headers), context.Request.ContentType, body, 0);
            (int status, string? retryAfter) = _answer(request);
            lock (Received)
            {
                Received.Add(request with { Status = status });
            }

            context.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                context.Response.Headers["Retry-After"] = retryAfter;
            }

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

/// <summary>One request a <see cref="WebhookReceiver"/> received, and the status it answered.</summary>
public sealed record WebhookRequest(NameValueCollection Headers, string? ContentType, string Body, int Status)
{
    public string? Id => Headers["webhook-id"];
}
