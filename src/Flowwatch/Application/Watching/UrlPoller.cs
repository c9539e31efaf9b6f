using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Polls one publisher's URL with conditional GET (If-None-Match from the ETag, If-Modified-Since from
/// Last-Modified) and saves a changed file into the inbox, written aside and renamed so that the folder watcher
/// never sees it half-written. After a failure it waits before trying again, doubling the wait each time.
/// </summary>
public sealed class UrlPoller : IDisposable
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".xlsx", ".txt", ".xml"];

    private readonly HttpClient _http;
    private readonly string _folder;
    private readonly UrlPollPolicy _policy;
    private readonly TimeProvider _clock;
    private string? _etag;
    private DateTimeOffset? _lastModified;
    private byte[]? _lastHash;
    private int _failures;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    /// <summary>A poller of <paramref name="url"/> saving into <paramref name="folder"/>.</summary>
    public UrlPoller(Uri url, string folder, UrlPollPolicy? policy = null, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Url = url;
        _folder = folder;
        _policy = policy ?? new UrlPollPolicy();
        _clock = clock ?? TimeProvider.System;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = _policy.Timeout;
    }

    /// <summary>The URL polled.</summary>
    public Uri Url { get; }

    /// <summary>Polls once, unless backing off after a failure.</summary>
    public async Task<PollOutcome> PollAsync(CancellationToken cancel = default)
    {
        if (_clock.GetUtcNow() < _notBefore)
        {
            return new PollOutcome(PollStatus.BackingOff, Failures: _failures);
        }

        string problem;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Url);
            if (_etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", _etag);
            }

            if (_lastModified is { } since)
            {
                request.Headers.IfModifiedSince = since;
            }

            using HttpResponseMessage response = await _http.SendAsync(request, cancel).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return Succeeded(new PollOutcome(PollStatus.NotModified));
            }

            if (response.IsSuccessStatusCode)
            {
                byte[] body = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
                _etag = response.Headers.ETag?.ToString();
                _lastModified = response.Content.Headers.LastModified;
                byte[] hash = SHA256.HashData(body);
                if (_lastHash is not null && hash.AsSpan().SequenceEqual(_lastHash))
                {
                    // A server without validators sends the whole file each time: the same bytes are not a release.
                    return Succeeded(new PollOutcome(PollStatus.NotModified));
                }

                string path = Path.Combine(_folder, FileName(response.Content.Headers.ContentType?.MediaType));
                string part = Path.Combine(_folder, "." + Path.GetFileName(path) + ".part");
                await File.WriteAllBytesAsync(part, body, cancel).ConfigureAwait(false);
                File.Move(part, path, overwrite: true);
                _lastHash = hash;
                return Succeeded(new PollOutcome(PollStatus.Fetched, path));
            }

            problem = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException e)
        {
            problem = e.Message;
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            problem = $"no answer within {_policy.Timeout.TotalSeconds:0.#} s";
        }

        _failures++;
        TimeSpan wait = TimeSpan.FromTicks(Math.Min(_policy.FirstDelay.Ticks * (1L << Math.Min(_failures - 1, 30)), _policy.MaxDelay.Ticks));
        _notBefore = _clock.GetUtcNow() + wait;
        return new PollOutcome(PollStatus.Failed, Problem: problem, Failures: _failures);
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private PollOutcome Succeeded(PollOutcome outcome)
    {
        _failures = 0;
        _notBefore = DateTimeOffset.MinValue;
        return outcome;
    }

    /// <summary>The URL's last segment when it names a data file; else a name from the URL's hash and the content type.</summary>
    private string FileName(string? mediaType)
    {
        string last = Uri.UnescapeDataString(Url.Segments[^1]).Trim('/');
        if (last.Length > 0 && !last.StartsWith('.') && DataExtensions.Contains(Path.GetExtension(last), StringComparer.OrdinalIgnoreCase)
            && last.IndexOfAny(Path.GetInvalidFileNameChars()) < 0)
        {
            return last;
        }

        string extension = mediaType switch
        {
            "text/csv" => ".csv",
            "text/tab-separated-values" => ".tsv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
            // The UN consolidated list (scsanctions.un.org) is served as XML: the watcher loads it as a list version.
            "application/xml" or "text/xml" => ".xml",
            _ => ".txt",
        };
        return "url-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Url.ToString()))[..6]) + extension;
    }
}
