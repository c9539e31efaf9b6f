using System.CommandLine;
using System.Text;
using Flowwatch.Application.Watching;
using Flowwatch.Store;

namespace Flowwatch.Cli.Commands;

/// <summary>
/// The webhook options `watch` and `webhooks` share: the endpoints, their format and the signing secret, which comes
/// from the environment or a file, never from the command line (where `ps` and the shell history would show it).
/// </summary>
internal static class WebhookOptions
{
    public const string SecretVariable = "FLOWWATCH_WEBHOOK_SECRET";

    /// <summary>A secret file is a line of text; anything larger is not one.</summary>
    private const int LongestSecretFile = 4096;

    public static Option<string[]> Webhooks(string description) => new("--webhook")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Format()
    {
        var option = new Option<string>("--webhook-format")
        {
            Description = "How each alert is posted: flowwatch (the alert as JSON) or cloudevents (a CloudEvents 1.0 JSON event with the alert as data).",
            DefaultValueFactory = _ => "flowwatch",
        };
        option.AcceptOnlyFromAmong("flowwatch", "cloudevents");
        return option;
    }

    public static Option<string?> SecretFile() => new("--webhook-secret-file")
    {
        Description = $"A file holding the Standard Webhooks signing secret (whsec_ and base64); else ${SecretVariable}. Without either, deliveries are unsigned.",
    };

    /// <summary>The addresses, each an absolute http or https URL; the first that is not is the problem.</summary>
    public static bool TryReadUrls(IEnumerable<string> texts, out List<Uri> urls, out string? problem)
    {
        urls = [];
        foreach (string text in texts)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                problem = $"--webhook '{text}' is not an http or https address.";
                return false;
            }

            if (!urls.Contains(url))
            {
                urls.Add(url);
            }
        }

        problem = null;
        return true;
    }

    /// <summary>The secret from the file named, else from the environment; null when neither gives one.</summary>
    public static bool TryReadSecret(string? file, out WebhookSecret? secret, out string? problem)
    {
        secret = null;
        problem = null;
        string? text;
        string source;
        if (file is not null)
        {
            source = file;
            try
            {
                using FileStream stream = File.OpenRead(file);
                if (stream.Length > LongestSecretFile)
                {
                    problem = $"{file}: {stream.Length} bytes; a webhook secret file holds one line (whsec_ and base64).";
                    return false;
                }

                using var reader = new StreamReader(stream, Encoding.UTF8);
                text = reader.ReadToEnd();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"{file}: cannot read the webhook secret: {e.Message}";
                return false;
            }
        }
        else
        {
            source = SecretVariable;
            text = Environment.GetEnvironmentVariable(SecretVariable);
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }
        }

        if (!WebhookSecret.TryParse(text, out secret, out string? why))
        {
            problem = $"{source}: not a webhook secret: {why}.";
            return false;
        }

        return true;
    }

    public static WebhookFormat ParseFormat(string code) => WebhookFormats.Parse(code);
}
