using nietras.SeparatedValues;

namespace Flowwatch.Sources;

/// <summary>
/// Opens a Sep reader over text without letting a bad header escape as an exception: Sep refuses a header
/// that names a column twice (blank names included), which a damaged or foreign file easily has.
/// </summary>
internal static class SepText
{
    public static bool TryOpen(SepReaderOptions options, string text, out SepReader? reader, out string problem)
    {
        problem = "";
        try
        {
            reader = options.FromText(text);
            return true;
        }
        catch (ArgumentException e)
        {
            reader = null;
            problem = SourceMessages.BadHeader(e.Message);
            return false;
        }
    }
}
