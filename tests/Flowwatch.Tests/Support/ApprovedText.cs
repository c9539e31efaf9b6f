namespace Flowwatch.Tests.Support;

/// <summary>
/// Compares a rendered text with its approved copy checked in beside the test (Verify does not restore here). On a
/// difference it writes the new text beside the approved one as <c>.received.txt</c>, so that a reviewer can diff the
/// two and, where the change is meant, copy it over the approved file in the same commit.
/// </summary>
internal static class ApprovedText
{
    /// <summary>Fails unless <paramref name="actual"/> equals the approved file (line endings aside).</summary>
    /// <param name="relativePath">The approved file, relative to the repository root.</param>
    /// <param name="actual">The text as rendered now.</param>
    public static void Check(string relativePath, string actual)
    {
        string approved = System.IO.Path.Combine(RepositoryRoot.Path, relativePath);
        if (!approved.EndsWith(".approved.txt", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{relativePath}: an approved file's name ends in .approved.txt.", nameof(relativePath));
        }

        string received = approved[..^".approved.txt".Length] + ".received.txt";
        string expected = File.Exists(approved) ? Normalise(File.ReadAllText(approved)) : "";
        string now = Normalise(actual);
        if (expected == now)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, now);
        string first = FirstDifference(expected, now);
        Assert.Fail(File.Exists(approved)
            ? $"{relativePath} differs from what the code gives now ({first}). Review {received}; if the change is meant, copy it over the approved file."
            : $"{relativePath} does not exist. Review {received} and, if it is right, save it as the approved file.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "(end)", y = i < b.Length ? b[i] : "(end)";
            if (x != y)
            {
                return $"line {i + 1}: approved '{x.Trim()}', now '{y.Trim()}'";
            }
        }

        return "no line differs";
    }
}
