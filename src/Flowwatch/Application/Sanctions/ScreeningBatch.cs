using System.Globalization;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Formats;
using nietras.SeparatedValues;

namespace Flowwatch.Application.Sanctions;

/// <summary>
/// Reads a batch of names to screen: a CSV file with a <c>name</c> column and optional <c>type</c>
/// (person, entity, vessel) and <c>dob</c> (a year) columns. Every problem is gathered before any name
/// is screened, so a bad file prints nothing but its errors.
/// </summary>
public static class ScreeningBatch
{
    /// <summary>The queries in the CSV file at <paramref name="path"/>, or every problem found (file, line, what was expected).</summary>
    /// <exception cref="SourceException">The file is missing, unreadable or too large.</exception>
    public static (IReadOnlyList<ScreeningQuery> Queries, IReadOnlyList<string> Problems) Read(string path) => Read(SourceFile.Load(path));

    /// <summary>The queries, or every problem found (file, line, what was expected).</summary>
    public static (IReadOnlyList<ScreeningQuery> Queries, IReadOnlyList<string> Problems) Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<string>();
        var queries = new List<ScreeningQuery>();

        // The data readers' own way in: a line past the bound, or a stray quote that would merge the names after it
        // into one query (so that listed names pass unflagged), is one error naming its line.
        var sink = new DiagnosticSink(file.Name);
        if (!CsvText.TryOpen(file, sink, new CsvLayout(), out SepReader? opened))
        {
            return ([], sink.Items.Select(d => d.ToString()).ToList());
        }

        using (SepReader reader = opened!)
        {
            if (!reader.Header.TryIndexOf("name", out int nameAt))
            {
                return ([], [$"{file.Name}, line 1: no 'name' column; expected a header such as name,type,dob."]);
            }

            int typeAt = reader.Header.TryIndexOf("type", out int t) ? t : -1;
            int dobAt = reader.Header.TryIndexOf("dob", out int d) ? d : -1;
            foreach (SepReader.Row row in reader)
            {
                int line = row.LineNumberFrom;
                string name = nameAt < row.ColCount ? row[nameAt].ToString().Trim() : "";
                string type = typeAt >= 0 && typeAt < row.ColCount ? row[typeAt].ToString().Trim() : "";
                string dob = dobAt >= 0 && dobAt < row.ColCount ? row[dobAt].ToString().Trim() : "";
                if (name.Length == 0)
                {
                    problems.Add(Problem(file, line, "column 'name' is empty; expected a name to screen"));
                    continue;
                }

                if (!TryType(type, out ScreeningType kind))
                {
                    problems.Add(Problem(file, line, $"column 'type' holds '{type}'; expected person, entity, vessel or nothing"));
                    continue;
                }

                if (!TryYear(dob, out int? year))
                {
                    problems.Add(Problem(file, line, $"column 'dob' holds '{dob}'; expected a year of birth such as 1944 or nothing"));
                    continue;
                }

                queries.Add(new ScreeningQuery(name, kind, year));
            }
        }

        if (problems.Count == 0 && queries.Count == 0)
        {
            problems.Add($"{file.Name}: no names under the header; expected one name a line in the 'name' column.");
        }

        return problems.Count > 0 ? ([], problems) : (queries, []);
    }

    /// <summary>Reads <c>person</c>, <c>entity</c>, <c>vessel</c> or nothing.</summary>
    public static bool TryType(string? text, out ScreeningType type)
    {
        type = (text ?? "").Trim().ToUpperInvariant() switch
        {
            "" or "ANY" => ScreeningType.Any,
            "PERSON" or "INDIVIDUAL" => ScreeningType.Person,
            "ENTITY" or "COMPANY" => ScreeningType.Entity,
            "VESSEL" or "SHIP" => ScreeningType.Vessel,
            _ => (ScreeningType)(-1),
        };
        return Enum.IsDefined(type);
    }

    /// <summary>Reads a year of birth (1900-2100), or nothing; also takes a full date and keeps its year.</summary>
    public static bool TryYear(string? text, out int? year)
    {
        year = null;
        string s = (text ?? "").Trim();
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Length >= 4 && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100
            && (s.Length == 4 || DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            year = y;
            return true;
        }

        return false;
    }

    private static string Problem(SourceFile file, int line, string what) => string.Create(CultureInfo.InvariantCulture, $"{file.Name}, line {line}: {what}.");
}
