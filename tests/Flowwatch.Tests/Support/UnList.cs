using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;

namespace Flowwatch.Tests.Support;

/// <summary>The bundled UN list, read once for all tests, and small lists written by code.</summary>
public static class UnList
{
    private static readonly Lazy<SanctionsList> LazyBundled = new(() => UnListReader.Read(BundledSanctionsList.File()).List!);
    private static readonly Lazy<Screener> LazyScreener = new(() => new Screener(Bundled));

    public static SanctionsList Bundled => LazyBundled.Value;

    public static Screener Screener => LazyScreener.Value;

    /// <summary>The bundled XML text.</summary>
    public static string Xml => System.Text.Encoding.UTF8.GetString(BundledSanctionsList.File().Bytes);

    public static SourceFile File(string xml, string name = "list.xml") => new(name, System.Text.Encoding.UTF8.GetBytes(xml));

    /// <summary>A minimal list with the given records inside INDIVIDUALS.</summary>
    public static string Minimal(string individuals, string generated = "2025-01-02T00:00:00.000Z", string entities = "") =>
        $"<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='{generated}'>\n<INDIVIDUALS>\n{individuals}\n</INDIVIDUALS>\n<ENTITIES>\n{entities}\n</ENTITIES>\n</CONSOLIDATED_LIST>\n";
}
