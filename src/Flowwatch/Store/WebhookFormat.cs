namespace Flowwatch.Store;

/// <summary>How a webhook endpoint wants each alert wrapped; kept with the endpoint so that a re-send uses the same.</summary>
public enum WebhookFormat
{
    /// <summary>The alert itself as the JSON body (the JSON line of standard output).</summary>
    Flowwatch = 0,

    /// <summary>The alert as the <c>data</c> of a CloudEvents 1.0 event in structured JSON mode.</summary>
    CloudEvents = 1,
}

/// <summary>The text codes of <see cref="WebhookFormat"/>: the CLI's <c>--webhook-format</c> values and the store's column.</summary>
public static class WebhookFormats
{
    /// <summary>The code of a format: <c>flowwatch</c> or <c>cloudevents</c>.</summary>
    public static string Code(WebhookFormat format) => format switch
    {
        WebhookFormat.CloudEvents => "cloudevents",
        _ => "flowwatch",
    };

    /// <summary>The format a code names.</summary>
    /// <exception cref="FormatException">The code is neither <c>flowwatch</c> nor <c>cloudevents</c>.</exception>
    public static WebhookFormat Parse(string code) => code switch
    {
        "flowwatch" => WebhookFormat.Flowwatch,
        "cloudevents" => WebhookFormat.CloudEvents,
        _ => throw new FormatException($"'{code}' is not a webhook format: expected flowwatch or cloudevents."),
    };
}
