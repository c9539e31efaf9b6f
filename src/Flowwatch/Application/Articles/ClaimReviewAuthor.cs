namespace Flowwatch.Application.Articles;

/// <summary>The organisation a ClaimReview names as its author: the one publishing the reviews, set by who runs Flowwatch.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Url">Its address, or null.</param>
public sealed record ClaimReviewAuthor(string Name, string? Url)
{
    /// <summary>The environment variable naming the organisation (<c>FLOWWATCH_REVIEWER</c>).</summary>
    public const string NameVariable = "FLOWWATCH_REVIEWER";

    /// <summary>The environment variable giving its address (<c>FLOWWATCH_REVIEWER_URL</c>).</summary>
    public const string UrlVariable = "FLOWWATCH_REVIEWER_URL";

    /// <summary>The organisation the options name, else the environment's, else "Flowwatch" without an address.</summary>
    /// <param name="name">The name given (a command option, a server setting), or null.</param>
    /// <param name="url">The address given, or null.</param>
    public static ClaimReviewAuthor Resolve(string? name, string? url)
    {
        string? envName = Environment.GetEnvironmentVariable(NameVariable);
        string? envUrl = Environment.GetEnvironmentVariable(UrlVariable);
        string chosen = !string.IsNullOrWhiteSpace(name) ? name.Trim() : !string.IsNullOrWhiteSpace(envName) ? envName.Trim() : "Flowwatch";
        string? address = !string.IsNullOrWhiteSpace(url) ? url.Trim() : !string.IsNullOrWhiteSpace(envUrl) ? envUrl.Trim() : null;
        return new ClaimReviewAuthor(chosen, address);
    }
}
