using System.Net;
using System.Security.Cryptography;

namespace Flowwatch.Tests.Support;

/// <summary>A publisher on 127.0.0.1 serving one file with an ETag, answering conditional GETs, and failing when told to.</summary>
public sealed class ReleaseServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public ReleaseServer(string fileName)
    {
        Url = new Uri($"http://127.0.0.1:{WebhookReceiver.FreePort()}/data/{fileName}");
        _listener.Prefixes.Add(new Uri(Url, "/data/").ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Url { get; }

    public byte[] Body { get; set; } = [];

    /// <summary>When set, every request gets this status.</summary>
    public int? FailWith { get; set; }

    /// <summary>Each request's If-None-Match header and the status answered.</summary>
    public List<(string? IfNoneMatch, int Status)> Requests { get; } = [];

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

            string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body)[..8]) + "\"";
            string? ifNoneMatch = context.Request.Headers["If-None-Match"];
            int status = FailWith ?? (ifNoneMatch == etag ? 304 : 200);
            lock (Requests)
            {
                Requests.Add((ifNoneMatch, status));
            }

            context.Response.StatusCode = status;
            if (status == 200)
            {
                context.Response.Headers["ETag"] = etag;
                context.Response.ContentType = "text/csv";
                await context.Response.OutputStream.WriteAsync(Body);
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
