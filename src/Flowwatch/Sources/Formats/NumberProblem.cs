namespace Flowwatch.Sources.Formats;

/// <summary>What is wrong with a figure's text (<see cref="NumberGrammar.Read"/>).</summary>
internal enum NumberProblem
{
    /// <summary>Nothing: the text is a figure.</summary>
    None,

    /// <summary>The text is not a number as the format writes numbers (<see cref="SourceMessages.BadCellCode"/>).</summary>
    NotInGrammar,

    /// <summary>A number, but not a figure of its unit: negative, a fraction of a count, or above 10^9 in units (<see cref="SourceMessages.NotACountCode"/>).</summary>
    NotAFigure,
}
