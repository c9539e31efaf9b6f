using System.Net.Http.Headers;
using System.Text;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Posts alerts to a webhook: JSON body, the key in an <c>Idempotency-Key</c> header (the IETF httpapi draft's
/// name) so that a receiver can drop a repeat, and retries with exponential backoff on errors and timeouts.
/// </summary>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _target;
    private readonly WebhookPolicy _policy;
    private readonly TimeProvider _clock;

    /// <summary>A client posting to <paramref name="target"/>.</summary>
    public WebhookClient(Uri target, WebhookPolicy? policy = null, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
        _policy = policy ?? new WebhookPolicy();
        _clock = clock ?? TimeProvider.System;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = _policy.Timeout;
    }

    /// <summary>The webhook's address.</summary>
    public Uri Target => _target;

    /// <summary>Posts one alert, retrying up to <see cref="WebhookPolicy.Attempts"/> times.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="json">The body.</param>
    /// <param name="onFailure">Told of each failed attempt (its number and why).</param>
    /// <param name="cancel">Stops waiting between attempts.</param>
    /// <returns>Whether the receiver accepted it (a 2xx answer).</returns>
    public async Task<bool> PostAsync(string key, string json, Action<int, string>? onFailure = null, CancellationToken cancel = default)
    {
        TimeSpan delay = _policy.FirstDelay;
        for (int attempt = 1; attempt <= _policy.Attempts; attempt++)
        {
            string problem;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, _target) { Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
                request.Headers.Add("Idempotency-Key", "\"" + key + "\"");
                using HttpResponseMessage response = await _http.SendAsync(request, cancel).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
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

            onFailure?.Invoke(attempt, problem);
            if (attempt < _policy.Attempts)
            {
                await Task.Delay(delay, _clock, cancel).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _policy.MaxDelay.Ticks));
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();
}
