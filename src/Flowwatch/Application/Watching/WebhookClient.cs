using System.Globalization;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Posts alerts to webhook endpoints as Standard Webhooks: <c>webhook-id</c> (the alert's idempotency key),
/// <c>webhook-timestamp</c> and, with a secret, <c>webhook-signature</c>; and <c>Idempotency-Key</c> (the IETF httpapi
/// draft's header) for receivers that read it. Each attempt goes through a Polly pipeline: a timeout per attempt and
/// the retries <see cref="DeliveryRules"/> allow within the pass; what the rules leave for later is the caller's to
/// record.
/// </summary>
public sealed class WebhookClient : IDisposable
{
    private static readonly ResiliencePropertyKey<Attempts> State = new("flowwatch.delivery");

    private readonly HttpClient _http;
    private readonly WebhookSecret? _secret;
    private readonly DeliveryRules _rules;
    private readonly TimeProvider _clock;
    private readonly Func<double> _draw;
    private readonly ResiliencePipeline<DeliveryAttempt> _pipeline;

    /// <summary>A client signing with <paramref name="secret"/> (unsigned when null) under <paramref name="rules"/>.</summary>
    /// <param name="secret">The signing secret; null sends no <c>webhook-signature</c>.</param>
    /// <param name="rules">The delivery rules; <see cref="DeliveryRules.Default"/> when null.</param>
    /// <param name="clock">The time (tests fake it).</param>
    /// <param name="handler">The HTTP handler (tests may give their own); redirects are never followed.</param>
    /// <param name="draw">Draws the jitter, evenly from [0, 1); shared randomness when null.</param>
    public WebhookClient(WebhookSecret? secret, DeliveryRules? rules = null, TimeProvider? clock = null, HttpMessageHandler? handler = null, Func<double>? draw = null)
    {
        _secret = secret;
        _rules = rules ?? DeliveryRules.Default;
        _clock = clock ?? TimeProvider.System;
        _draw = draw ?? Random.Shared.NextDouble;

        // Standard Webhooks: a redirect is a failure (the address should be updated), never followed.
        _http = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        var builder = new ResiliencePipelineBuilder<DeliveryAttempt> { TimeProvider = _clock };
        if (_rules.RetriesInPass > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<DeliveryAttempt>
            {
                MaxRetryAttempts = _rules.RetriesInPass,
                ShouldHandle = args => ValueTask.FromResult(RetryNow(args.Context, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Wait(args.Context)),
                OnRetry = args =>
                {
                    args.Context.Properties.GetValue(State, null!).Retried();
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.AddTimeout(_rules.Timeout).Build();
    }

    /// <summary>The rules this client follows.</summary>
    public DeliveryRules Rules => _rules;

    /// <summary>
    /// Posts one alert to one endpoint: the first attempt and the retries the rules allow within the pass.
    /// </summary>
    /// <param name="endpoint">Where, and in which format.</param>
    /// <param name="delivery">The alert and its attempts so far on this endpoint.</param>
    /// <param name="site">The dashboard's base address (a CloudEvent's <c>source</c>).</param>
    /// <param name="onRetry">Told of each failed attempt retried within the pass, with the rules' decision, before the wait.</param>
    /// <param name="cancel">Stops the attempt in hand and the waits.</param>
    /// <returns>The rules' decision on the last attempt.</returns>
    internal async Task<DeliveryDecision> PostAsync(WebhookEndpoint endpoint, PendingDelivery delivery, Uri site, Action<DeliveryDecision>? onRetry = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(delivery);
        WebhookPayload payload = WebhookPayload.For(delivery.Alert, endpoint.Format, site);
        var attempts = new Attempts(this, delivery, onRetry);
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancel);
        try
        {
            context.Properties.Set(State, attempts);
            Outcome<DeliveryAttempt> outcome = await _pipeline.ExecuteOutcomeAsync(
                async (ctx, _) => Outcome.FromResult(await SendAsync(endpoint.Url, delivery.Alert.Key, payload, ctx.CancellationToken).ConfigureAwait(false)),
                context, 0).ConfigureAwait(false);
            if (outcome.Exception is OperationCanceledException && cancel.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancel);
            }

            return attempts.DecisionFor(outcome);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private static bool RetryNow(ResilienceContext context, Outcome<DeliveryAttempt> outcome)
    {
        Attempts attempts = context.Properties.GetValue(State, null!);
        DeliveryDecision decision = attempts.DecisionFor(outcome);
        // A timeout has cost the attempt's whole time already: it waits for a later pass, so that it delays the alerts
        // after it by one timeout at most.
        return decision.Step == DeliveryStep.Retry && outcome.Exception is not TimeoutRejectedException
            && attempts.WaitFor(decision) <= attempts.Client._rules.LongestWaitInPass;
    }

    private static TimeSpan Wait(ResilienceContext context)
    {
        Attempts attempts = context.Properties.GetValue(State, null!);
        return attempts.WaitFor(attempts.Last!);
    }

    private async Task<DeliveryAttempt> SendAsync(Uri url, string key, WebhookPayload payload, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload.Body, Encoding.UTF8, payload.ContentType) };
        long timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation("webhook-id", key);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        if (_secret is not null)
        {
            request.Headers.TryAddWithoutValidation("webhook-signature", _secret.Sign(key, timestamp, payload.Body));
        }

        request.Headers.TryAddWithoutValidation("Idempotency-Key", "\"" + key + "\"");

        // One connection per delivery: simple receivers (HTTP/1.0 servers among them) close each connection after
        // answering, and a POST sent on a pooled connection the receiver has just closed fails ("response ended
        // prematurely", "broken pipe") though the receiver is fine. Alerts are few; a handshake each costs little.
        request.Headers.ConnectionClose = true;
        try
        {
            using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            TimeSpan? retryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - _clock.GetUtcNow(),
                _ => null,
            };
            return new DeliveryAttempt(status, retryAfter, DeliveryRules.Judge(status) == DeliveryVerdict.Delivered ? null : $"HTTP {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd());
        }
        catch (HttpRequestException e)
        {
            // The outer message is generic ("An error occurred while sending the request"); the cause is inside.
            return new DeliveryAttempt(null, null, e.InnerException is { } cause ? $"{e.Message} ({cause.Message})" : e.Message);
        }
    }

    /// <summary>One alert's attempts within a pass: the failures so far and the decision on the latest outcome.</summary>
    private sealed class Attempts(WebhookClient client, PendingDelivery delivery, Action<DeliveryDecision>? onRetry)
    {
        private object? _decided;
        private int _failures = delivery.Attempts;
        private DateTimeOffset? _firstFailed = delivery.FirstFailedAt;

        public WebhookClient Client => client;

        public DeliveryDecision? Last { get; private set; }

        /// <summary>The rules' decision on an outcome, drawn once (Polly asks about the same outcome at several steps).</summary>
        public DeliveryDecision DecisionFor(Outcome<DeliveryAttempt> outcome)
        {
            object token = (object?)outcome.Result ?? outcome.Exception!;
            if (ReferenceEquals(token, _decided) && Last is not null)
            {
                return Last;
            }

            DeliveryAttempt attempt = outcome.Result ?? new DeliveryAttempt(null, null, outcome.Exception is TimeoutRejectedException
                ? $"no answer within {client._rules.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
                : outcome.Exception!.Message);
            _decided = token;
            Last = client._rules.Decide(attempt, _failures, _firstFailed, client._clock.GetUtcNow(), client._draw());
            return Last;
        }

        public TimeSpan WaitFor(DeliveryDecision decision)
        {
            TimeSpan wait = (decision.RetryAt ?? client._clock.GetUtcNow()) - client._clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        public void Retried()
        {
            onRetry?.Invoke(Last!);
            _failures++;
            _firstFailed ??= client._clock.GetUtcNow();
        }
    }
}
