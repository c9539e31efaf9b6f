using System.Xml.Linq;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Packaging;

/// <summary>The repository says under which licence it is open source, in the file, the package and the README alike.</summary>
public sealed class LicenseTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void The_licence_file_is_the_mit_text()
    {
        string text = File.ReadAllText(Path.Combine(Root, "LICENSE"));
        Assert.StartsWith("MIT License", text, StringComparison.Ordinal);
        Assert.Matches(@"Copyright \(c\) \d{4} \S", text);
        Assert.Contains("Permission is hereby granted, free of charge, to any person obtaining a copy", text, StringComparison.Ordinal);
        Assert.Contains("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_package_and_the_readme_name_the_same_licence()
    {
        XDocument project = XDocument.Load(Path.Combine(Root, "src", "Flowwatch.Cli", "Flowwatch.Cli.csproj"));
        Assert.Equal("MIT", project.Descendants("PackageLicenseExpression").Single().Value);
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains("Licence: MIT ([LICENSE](LICENSE)", readme, StringComparison.Ordinal);
    }
}
