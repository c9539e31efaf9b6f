using System.Globalization;
using System.Text;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Tests.Hostile;

/// <summary>Everything a store holds, as text, so that a test can show a refused file changed nothing.</summary>
internal static class StoreDump
{
    public static string Of(string db)
    {
        if (!File.Exists(db))
        {
            return "";
        }

        using IObservationStore store = SqliteObservationStore.Open(db);
        return Of(store);
    }

    public static string Of(IObservationStore store)
    {
        var sb = new StringBuilder();
        foreach (SourceRecord s in store.Sources().OrderBy(s => s.Document.Sha256, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"source {s.Document.Sha256} {s.Document.FileName} {s.Rows}\n");
        }

        foreach (Observation o in store.History(new ObservationQuery { IncludeSynthetic = true }).OrderBy(o => o.Key.ToString(), StringComparer.Ordinal).ThenBy(o => o.Period).ThenBy(o => o.Provenance.Document.Sha256, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{o.Key} {o.Period} {o.Value} {o.Flag} {o.Provenance.Document.Sha256[..12]} {o.Provenance.Locator}\n");
        }

        return sb.ToString();
    }
}
