using Flowwatch.Tests.Support;

namespace Flowwatch.Web.Tests.Support;

/// <summary>The article corpus of the repository (samples/articles), which the article pages are tested on.</summary>
internal static class ArticleCorpus
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "samples", "articles");
}
