using Microsoft.Extensions.Logging;

namespace Flowwatch.Tests.Support;

/// <summary>A logger that keeps each event's name and text, for tests that check what was said.</summary>
public sealed class ListLogger : ILogger
{
    private readonly List<(string Event, LogLevel Level, string Text)> _lines = [];

    public IReadOnlyList<(string Event, LogLevel Level, string Text)> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add((eventId.Name ?? "", logLevel, formatter(state, exception)));
        }
    }
}
