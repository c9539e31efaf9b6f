namespace Flowwatch.Application;

/// <summary>Where the embedded store lives: <c>--db</c>, else <c>FLOWWATCH_DB</c>, else the per-user default.</summary>
public static class DatabaseLocation
{
    /// <summary>The environment variable that names the database file.</summary>
    public const string EnvironmentVariable = "FLOWWATCH_DB";

    /// <summary>
    /// The default file: <c>$XDG_DATA_HOME/flowwatch/flowwatch.db</c>, which on Linux is usually
    /// <c>~/.local/share/flowwatch/flowwatch.db</c> (on Windows, under <c>%LOCALAPPDATA%</c>).
    /// </summary>
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "flowwatch", "flowwatch.db");

    /// <summary>The file to use, given the <c>--db</c> option (null when not given).</summary>
    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : Default;
}
