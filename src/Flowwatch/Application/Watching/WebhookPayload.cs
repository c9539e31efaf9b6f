using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>The body of a webhook POST in the endpoint's <see cref="WebhookFormat"/>, and its content type.</summary>
/// <param name="ContentType">The media type of the body (sent with <c>charset=utf-8</c>).</param>
/// <param name="Body">The body, exactly as signed and sent.</param>
internal sealed record WebhookPayload(string ContentType, string Body)
{
    /// <summary>The CloudEvents <c>type</c> prefix of finding alerts; the change kind follows (<c>flowwatch.finding.new</c>).</summary>
    public const string FindingType = "flowwatch.finding.";

    /// <summary>The CloudEvents <c>type</c> prefix of sanctions-list alerts (<c>flowwatch.sanctions.added</c>).</summary>
    public const string SanctionsType = "flowwatch.sanctions.";

    /// <summary>The payload of <paramref name="alert"/> for an endpoint that wants <paramref name="format"/>.</summary>
    /// <param name="alert">The alert as stored: its body is the JSON line of standard output.</param>
    /// <param name="format">The endpoint's format.</param>
    /// <param name="site">The dashboard's base address: a CloudEvent's <c>source</c> is its findings or sanctions page.</param>
    public static WebhookPayload For(AlertRecord alert, WebhookFormat format, Uri site)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(site);
        return format == WebhookFormat.CloudEvents
            ? new WebhookPayload("application/cloudevents+json", CloudEvent(alert, site))
            : new WebhookPayload("application/json", alert.Body);
    }

    /// <summary>
    /// The alert as a CloudEvents 1.0 event in structured JSON mode (https://github.com/cloudevents/spec, JSON format):
    /// <c>id</c> the idempotency key, <c>source</c> the dashboard page the alert is about, <c>type</c> the change,
    /// <c>subject</c> the finding id or the list entry's reference number, <c>time</c> when the change was seen, and the
    /// alert itself as <c>data</c>.
    /// </summary>
    private static string CloudEvent(AlertRecord alert, Uri site)
    {
        bool list = alert.FindingId.StartsWith(ListAlertComposer.SubjectPrefix, StringComparison.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", alert.Key);
            json.WriteString("source", new Uri(site, list ? "sanctions" : "findings").ToString());
            json.WriteString("type", (list ? SanctionsType : FindingType) + alert.Kind);
            json.WriteString("subject", list ? alert.FindingId[ListAlertComposer.SubjectPrefix.Length..] : alert.FindingId);
            json.WriteString("time", alert.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            json.WritePropertyName("data");
            json.WriteRawValue(alert.Body);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
