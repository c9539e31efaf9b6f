using System.Globalization;
using System.Text;

namespace Flowwatch.Cli;

/// <summary>
/// The watcher's structured log: one logfmt line per event on standard error (standard output carries the alerts),
/// filtered by level, so that journald and log shippers can parse it.
/// </summary>
internal sealed class WatchLog(TextWriter output, WatchLog.Level least, TimeProvider clock)
{
    public enum Level
    {
        Debug = 0,
        Info = 1,
        Warn = 2,
        Error = 3,
    }

    public static bool TryParse(string text, out Level level)
    {
        level = text switch
        {
            "debug" => Level.Debug,
            "info" => Level.Info,
            "warn" => Level.Warn,
            "error" => Level.Error,
            _ => (Level)(-1),
        };
        return level >= Level.Debug;
    }

    public void Debug(string evt, params (string Key, object? Value)[] fields) => Write(Level.Debug, evt, fields);

    public void Info(string evt, params (string Key, object? Value)[] fields) => Write(Level.Info, evt, fields);

    public void Warn(string evt, params (string Key, object? Value)[] fields) => Write(Level.Warn, evt, fields);

    public void Error(string evt, params (string Key, object? Value)[] fields) => Write(Level.Error, evt, fields);

    private void Write(Level level, string evt, (string Key, object? Value)[] fields)
    {
        if (level < least)
        {
            return;
        }

        var line = new StringBuilder();
        line.Append("ts=").Append(clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        line.Append(" level=").Append(level.ToString().ToLowerInvariant()).Append(" event=").Append(evt);
        foreach ((string key, object? value) in fields)
        {
            string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            bool quote = text.Length == 0 || text.Any(c => c is ' ' or '"' or '=' || char.IsControl(c));
            line.Append(' ').Append(key).Append('=').Append(quote ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"" : text);
        }

        lock (output)
        {
            output.WriteLine(line.ToString());
            output.Flush();
        }
    }
}
