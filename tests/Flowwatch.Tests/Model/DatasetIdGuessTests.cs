using System.Text.RegularExpressions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Model;

/// <summary>
/// Dataset meaning belongs in the catalogue (<c>data/datasets.csv</c>), not in string tests on a dataset id
/// (issue 12, item 2). The files that still guess are listed so that the list can only shrink: a new guess
/// anywhere fails, and so does a listed file that no longer guesses (take it off the list).
/// </summary>
public sealed partial class DatasetIdGuessTests
{
    // None left: the detectors' conventions, the words of findings and the charts' units read the catalogue.
    private static readonly string[] StillGuessing = [];

    [Fact]
    public void Only_the_listed_files_tell_a_dataset_by_its_id_string()
    {
        string src = Path.Combine(RepositoryRoot.Path, "src");
        string[] guessing = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Guess().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(StillGuessing, guessing);
    }

    [Theory]
    [InlineData("d.Id.EndsWith(\"-by-purpose\", StringComparison.Ordinal)")]
    [InlineData("dataset.Id.Contains(\"exits\", StringComparison.Ordinal)")]
    [InlineData("int at = d.Id.IndexOf(\"-by-\", StringComparison.Ordinal);")]
    [InlineData("dataset.Id.StartsWith(\"eurostat-migr-resfirst\", StringComparison.Ordinal)")]
    [InlineData("if (id.Contains(\"visa\", StringComparison.Ordinal))")]
    public void The_pattern_catches_the_guesses_the_issue_names(string code) => Assert.Matches(Guess(), code);

    [Theory]
    [InlineData("finding.Key.Dataset == subjectDataset")]
    [InlineData("catalog.TryGet(dataset, out DatasetInfo info)")]
    [InlineData("DatasetId.Parse(\"eurostat-migr-resfirst\")")]
    public void The_pattern_leaves_lookups_alone(string code) => Assert.DoesNotMatch(Guess(), code);

    // A string test on an id (EndsWith, StartsWith, Contains, IndexOf on .Id or on a local copy of it), or the id
    // fragment only a guess needs ("-by-"). Whole id literals, where a reader declares the dataset it reads, are not guesses.
    [GeneratedRegex("""\.Id\.(EndsWith|StartsWith|Contains|IndexOf)\(|\bid\.(EndsWith|StartsWith|Contains|IndexOf)\("(visa|entries|exits|workers|stock|by)|"-by-""")]
    private static partial Regex Guess();
}
