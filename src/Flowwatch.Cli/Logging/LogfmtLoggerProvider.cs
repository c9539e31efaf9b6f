using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Flowwatch.Cli.Logging;

/// <summary>
/// Writes Microsoft.Extensions.Logging events as logfmt, one line each (<c>ts=... level=info event=NAME key=value ...</c>),
/// on a writer (standard error: standard output carries the alerts), so that journald and log shippers can parse them.
/// The event is the event id's name; the fields are the message template's named values.
/// </summary>
internal sealed class LogfmtLoggerProvider(TextWriter output, TimeProvider clock) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LogfmtLogger(output, clock);

    public void Dispose()
    {
    }

    /// <summary>The level names of <c>--log-level</c>.</summary>
    public static bool TryParseLevel(string text, out LogLevel level)
    {
        level = text switch
        {
            "debug" => LogLevel.Debug,
            "info" => LogLevel.Information,
            "warn" => LogLevel.Warning,
            "error" => LogLevel.Error,
            _ => LogLevel.None,
        };
        return level != LogLevel.None;
    }

    private static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        _ => "error",
    };

    private sealed class LogfmtLogger(TextWriter output, TimeProvider clock) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder();
            line.Append("ts=").Append(clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            line.Append(" level=").Append(Name(logLevel)).Append(" event=").Append(Value(eventId.Name ?? eventId.Id.ToString(CultureInfo.InvariantCulture)));
            if (state is IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                foreach ((string key, object? value) in fields)
                {
                    if (key != "{OriginalFormat}")
                    {
                        line.Append(' ').Append(key).Append('=').Append(Value(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                    }
                }
            }
            else
            {
                line.Append(" message=").Append(Value(formatter(state, exception)));
            }

            if (exception is not null)
            {
                line.Append(" error=").Append(Value(exception.Message));
            }

            lock (output)
            {
                output.WriteLine(line.ToString());
                output.Flush();
            }
        }

        private static string Value(string text)
        {
            bool quote = text.Length == 0 || text.Any(c => c is ' ' or '"' or '=' || char.IsControl(c));
            return quote
                ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\""
                : text;
        }
    }
}
