namespace Flowwatch.Cli;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some input was refused (a malformed file, an unknown series).</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
