namespace Flowwatch.Application.Queries;

/// <summary>How a front end's users spell a request parameter, so that one parser's messages name what they typed.</summary>
public enum ParameterStyle
{
    /// <summary>An HTTP query parameter or form field: <c>partner</c>, <c>as_of</c>.</summary>
    QueryString,

    /// <summary>A command-line option: <c>--partner</c>, <c>--as-of</c>.</summary>
    CommandLine,
}

/// <summary>Spelling of parameter names in each <see cref="ParameterStyle"/>.</summary>
public static class ParameterStyleExtensions
{
    /// <summary>The parameter <paramref name="name"/> (written as a query parameter, <c>as_of</c>) as users of <paramref name="style"/> type it.</summary>
    /// <param name="style">The front end's style.</param>
    /// <param name="name">The name in query-string form: lower case, words joined by '_'.</param>
    public static string Spell(this ParameterStyle style, string name) =>
        style == ParameterStyle.CommandLine ? "--" + name.Replace('_', '-') : name;
}
