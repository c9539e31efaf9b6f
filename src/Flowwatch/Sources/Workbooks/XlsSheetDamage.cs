namespace Flowwatch.Sources.Workbooks;

/// <summary>What <see cref="XlsCellRecords"/> found wrong in one worksheet's cell records, by 0-based row and column.</summary>
internal sealed class XlsSheetDamage
{
    /// <summary>The cells that hold an error value, with its text (<c>#REF!</c>).</summary>
    public Dictionary<(int Row, int Column), string> Errors { get; } = [];

    /// <summary>The positions that a second cell record claims.</summary>
    public List<(int Row, int Column)> Doubled { get; } = [];
}
