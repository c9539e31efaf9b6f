using System.Security.Cryptography;
using System.Text.Json;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>
/// `watch --webhook` twice, one endpoint answering 410, then `webhooks list`, `webhooks dead` and `webhooks resend`,
/// as a user runs them; and the signing secret, read from a file or the environment, never from the command line.
/// </summary>
public sealed class WebhooksCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("fw.db");

    private string Inbox => Path.Combine(_dir.Path, "inbox");

    private string SecretFile()
    {
        string path = _dir.File("webhook.secret");
        File.WriteAllText(path, WebhookSecret.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        return path;
    }

    private void Land()
    {
        Directory.CreateDirectory(Inbox);
        File.WriteAllBytes(Path.Combine(Inbox, "sources.csv"), BundledData.Citations.Bytes);
        File.WriteAllBytes(Path.Combine(Inbox, "observations.csv"), BundledData.Observations.Bytes);
    }

    [Fact]
    public void A_410_endpoint_is_disabled_with_its_alerts_as_dead_letters_listed_and_resent_while_the_other_gets_everything()
    {
        bool gone = true;
        using var good = new WebhookReceiver(_ => (200, null));
        using var leaving = new WebhookReceiver(_ => (gone ? 410 : 200, null));
        string secret = SecretFile();
        Directory.CreateDirectory(Inbox);
        Assert.Equal(0, CliRunner.Run("watch", Inbox, "--once", "--db", Db).Exit);
        Land();

        (int exit, string output, string err) = CliRunner.Run("watch", Inbox, "--once", "--db", Db, "--webhook", good.Url.ToString(), "--webhook", leaving.Url.ToString(), "--webhook-secret-file", secret);
        int alerts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(1, exit);
        Assert.True(alerts > 10);
        Assert.Equal(alerts, good.Received.Count);
        Assert.Contains("level=error event=webhook-disabled url=" + leaving.Url, err, StringComparison.Ordinal);
        Assert.DoesNotContain("webhook-unsigned", err, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("webhooks", "list", "--format", "json", "--db", Db);
        Assert.Equal(0, exit);
        JsonElement[] endpoints = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal([good.Url.ToString(), leaving.Url.ToString()], endpoints.Select(e => e.GetProperty("url").GetString()));
        Assert.Equal("enabled", endpoints[0].GetProperty("state").GetString());
        Assert.StartsWith("disabled since", endpoints[1].GetProperty("state").GetString(), StringComparison.Ordinal);
        Assert.Equal(alerts, endpoints[1].GetProperty("dead").GetInt32());

        (exit, output, _) = CliRunner.Run("webhooks", "dead", "--format", "json", "--db", Db);
        JsonElement[] dead = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(alerts, dead.Length);
        Assert.All(dead, d => Assert.Equal(d.GetProperty("key").GetString(), d.GetProperty("alert").GetProperty("key").GetString()));
        Assert.Contains("410", dead[0].GetProperty("last_error").GetString(), StringComparison.Ordinal);
        (_, output, _) = CliRunner.Run("webhooks", "dead", "--db", Db);
        Assert.Contains($"{alerts} dead letters", output, StringComparison.Ordinal);

        // The receiver is back: one letter by its key, then the rest; the endpoint is enabled again.
        gone = false;
        string first = dead[0].GetProperty("key").GetString()!;
        (exit, output, _) = CliRunner.Run("webhooks", "resend", first, "--db", Db, "--webhook-secret-file", secret);
        Assert.Equal(0, exit);
        Assert.Contains($"{leaving.Url}: 1 re-sent: 1 delivered", output, StringComparison.Ordinal);
        (exit, output, _) = CliRunner.Run("webhooks", "resend", "--webhook", leaving.Url.ToString(), "--db", Db, "--webhook-secret-file", secret);
        Assert.Equal(0, exit);
        Assert.Contains($"{alerts - 1} re-sent: {alerts - 1} delivered", output, StringComparison.Ordinal);
        Assert.Equal(alerts, leaving.Received.Where(r => r.Status == 200).Select(r => r.Id).Distinct().Count());
        (_, output, _) = CliRunner.Run("webhooks", "list", "--format", "json", "--db", Db);
        Assert.Equal("enabled", JsonDocument.Parse(output).RootElement[1].GetProperty("state").GetString());
        Assert.Equal("No dead letters.", CliRunner.Run("webhooks", "dead", "--db", Db).Out.Trim());
    }

    [Fact]
    public void An_unknown_key_or_endpoint_is_refused_by_name()
    {
        CliRunner.Run("sources", "--db", Db);
        (int exit, _, string err) = CliRunner.Run("webhooks", "resend", "--webhook", "http://127.0.0.1:9/nowhere", "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("not a webhook endpoint of this store", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_comes_from_a_file_or_the_environment_and_never_from_the_command_line()
    {
        Directory.CreateDirectory(Inbox);
        Assert.Equal(2, CliRunner.Run("watch", Inbox, "--once", "--db", Db, "--webhook", "http://127.0.0.1:9/", "--webhook-secret", "whsec_abc").Exit);

        string bad = _dir.File("bad.secret");
        File.WriteAllText(bad, "whsec_" + Convert.ToBase64String(new byte[8]));
        (int exit, _, string err) = CliRunner.Run("watch", Inbox, "--once", "--db", Db, "--webhook", "http://127.0.0.1:9/", "--webhook-secret-file", bad);
        Assert.Equal(1, exit);
        Assert.Contains(bad + ": not a webhook secret: the key is 8 bytes; Standard Webhooks asks for 24 to 64", err, StringComparison.Ordinal);

        string? before = Environment.GetEnvironmentVariable("FLOWWATCH_WEBHOOK_SECRET");
        try
        {
            Environment.SetEnvironmentVariable("FLOWWATCH_WEBHOOK_SECRET", "not-a-secret");
            (exit, _, err) = CliRunner.Run("watch", Inbox, "--once", "--db", Db, "--webhook", "http://127.0.0.1:9/");
            Assert.Equal(1, exit);
            Assert.Contains("FLOWWATCH_WEBHOOK_SECRET: not a webhook secret: a Standard Webhooks secret begins with whsec_", err, StringComparison.Ordinal);
            Assert.DoesNotContain("not-a-secret", err, StringComparison.Ordinal);

            Environment.SetEnvironmentVariable("FLOWWATCH_WEBHOOK_SECRET", null);
            using var receiver = new WebhookReceiver();
            (_, _, err) = CliRunner.Run("watch", Inbox, "--once", "--db", Db, "--webhook", receiver.Url.ToString());
            Assert.Contains("level=warn event=webhook-unsigned", err, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLOWWATCH_WEBHOOK_SECRET", before);
        }
    }
}
