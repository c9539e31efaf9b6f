using System.Globalization;

namespace Flowwatch.Cli.Commands;

/// <summary>Parses the durations the watch command takes: a whole number and a unit, s, m or h (15m, 30s, 1h).</summary>
internal static class WatchInterval
{
    public static bool TryParse(string text, out TimeSpan interval)
    {
        interval = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
        {
            return false;
        }

        interval = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => TimeSpan.Zero,
        };
        return interval > TimeSpan.Zero;
    }
}
