using System.CommandLine;
using Flowwatch.Application;
using Flowwatch.Application.Queries;

namespace Flowwatch.Cli.Commands;

/// <summary>Options every verb shares.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"The database file (default: ${DatabaseLocation.EnvironmentVariable}, else {DatabaseLocation.Default}).",
        Recursive = true,
    };

    /// <summary>The application's request parser, naming options as typed here (--partner).</summary>
    public static readonly RequestParameters Parameters = new(ParameterStyle.CommandLine);

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
