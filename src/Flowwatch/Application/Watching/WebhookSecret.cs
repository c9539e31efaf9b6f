using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flowwatch.Application.Watching;

/// <summary>
/// A Standard Webhooks signing secret (<c>whsec_</c> and the key in base64, 24 to 64 bytes) and the signature it makes:
/// <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>
/// (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md).
/// </summary>
public sealed class WebhookSecret
{
    /// <summary>The prefix that marks a symmetric Standard Webhooks secret.</summary>
    public const string Prefix = "whsec_";

    private readonly byte[] _key;

    private WebhookSecret(byte[] key) => _key = key;

    /// <summary>Reads a secret; the text is trimmed (a file ends with a line break). Never throws.</summary>
    /// <param name="text">The secret as the receiver was given it: <c>whsec_</c> and base64.</param>
    /// <param name="secret">The secret, when it is one.</param>
    /// <param name="problem">What is wrong with it otherwise, without quoting it (it is a secret).</param>
    public static bool TryParse(string text, out WebhookSecret? secret, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        secret = null;
        string trimmed = text.Trim();
        if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            problem = $"a Standard Webhooks secret begins with {Prefix} and the key in base64";
            return false;
        }

        byte[] key = new byte[trimmed.Length];
        if (!Convert.TryFromBase64String(trimmed[Prefix.Length..], key, out int length))
        {
            problem = $"the part after {Prefix} is not base64";
            return false;
        }

        if (length is < 24 or > 64)
        {
            problem = $"the key is {length.ToString(CultureInfo.InvariantCulture)} bytes; Standard Webhooks asks for 24 to 64";
            return false;
        }

        secret = new WebhookSecret(key[..length]);
        problem = null;
        return true;
    }

    /// <summary>The <c>webhook-signature</c> value for one attempt.</summary>
    /// <param name="id">The message id (<c>webhook-id</c>: the alert's idempotency key).</param>
    /// <param name="timestamp">The attempt's time (<c>webhook-timestamp</c>), Unix seconds.</param>
    /// <param name="body">The body exactly as sent.</param>
    public string Sign(string id, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(body);
        byte[] signed = Encoding.UTF8.GetBytes(id + "." + timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(_key, signed));
    }
}
