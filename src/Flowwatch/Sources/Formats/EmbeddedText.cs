using System.Globalization;
using System.Text;

namespace Flowwatch.Sources.Formats;

/// <summary>Reads a text resource embedded in the library (the label maps under <c>data/labels/</c>).</summary>
internal static class EmbeddedText
{
    public static string Read(string name)
    {
        using Stream stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The resource {name} is missing from the build."));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
