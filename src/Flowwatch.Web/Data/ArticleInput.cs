namespace Flowwatch.Web.Data;

/// <summary>An article to check, as the form or the API gave it.</summary>
internal sealed record ArticleInput(string Text, DateOnly? Published, string Language);
