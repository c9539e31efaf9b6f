namespace Flowwatch.Store.Postgres;

/// <summary>
/// How PostgreSQL holds a figure's references (schema version 10): each statement's rows are checked as one set.
/// </summary>
/// <remarks>
/// A foreign key is checked by a trigger call and a query per row: a million-figure file spent 30 s of its 51 s
/// there. The three keys of <c>observations</c> are replaced by statement-level triggers over transition tables,
/// which refuse, with SQLSTATE 23503 as a foreign key does, any statement that leaves a figure referring to a file,
/// series or citation list the store does not hold: an INSERT or UPDATE of figures is checked with one anti-join per
/// parent, and a DELETE or UPDATE of a parent row with one look for figures still referring to the rows it removed.
/// The functions keep the search path they were created with, so they read the store's own schema.
/// Released: never edited (add a migration instead).
/// </remarks>
internal static class PostgresFigureReferences
{
    public static readonly IReadOnlyDictionary<string, string> Statements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["figure_references"] = """
            ALTER TABLE observations DROP CONSTRAINT figures_series_id_fkey, DROP CONSTRAINT figures_source_id_fkey,
                DROP CONSTRAINT figures_citations_id_fkey;
            CREATE FUNCTION flowwatch_figures_refer() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            DECLARE
                missing bigint;
            BEGIN
                SELECT f.series_id INTO missing FROM new_figures f WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = f.series_id) LIMIT 1;
                IF FOUND THEN
                    RAISE foreign_key_violation USING MESSAGE = format('a figure refers to series %s, which table series does not hold', missing);
                END IF;
                SELECT f.source_id INTO missing FROM new_figures f WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = f.source_id) LIMIT 1;
                IF FOUND THEN
                    RAISE foreign_key_violation USING MESSAGE = format('a figure refers to file %s, which table sources does not hold', missing);
                END IF;
                SELECT f.citations_id INTO missing FROM new_figures f
                    WHERE f.citations_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM citation_sets c WHERE c.id = f.citations_id) LIMIT 1;
                IF FOUND THEN
                    RAISE foreign_key_violation USING MESSAGE = format('a figure refers to citation list %s, which table citation_sets does not hold', missing);
                END IF;
                RETURN NULL;
            END $$;
            CREATE FUNCTION flowwatch_figures_kept() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            DECLARE
                gone bigint;
            BEGIN
                EXECUTE format('SELECT o.id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM %I p WHERE p.id = o.id)'
                    ' AND EXISTS (SELECT 1 FROM observations f WHERE f.%I = o.id) LIMIT 1', TG_TABLE_NAME, TG_ARGV[0]) INTO gone;
                IF gone IS NOT NULL THEN
                    RAISE foreign_key_violation USING MESSAGE = format('row %s of table %s is still referred to by figures', gone, TG_TABLE_NAME);
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER observations_refer_inserted AFTER INSERT ON observations REFERENCING NEW TABLE AS new_figures
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_refer();
            CREATE TRIGGER observations_refer_updated AFTER UPDATE ON observations REFERENCING NEW TABLE AS new_figures
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_refer();
            CREATE TRIGGER sources_keep_figures_deleted AFTER DELETE ON sources REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('source_id');
            CREATE TRIGGER sources_keep_figures_updated AFTER UPDATE ON sources REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('source_id');
            CREATE TRIGGER series_keep_figures_deleted AFTER DELETE ON series REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('series_id');
            CREATE TRIGGER series_keep_figures_updated AFTER UPDATE ON series REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('series_id');
            CREATE TRIGGER citation_sets_keep_figures_deleted AFTER DELETE ON citation_sets REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('citations_id');
            CREATE TRIGGER citation_sets_keep_figures_updated AFTER UPDATE ON citation_sets REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION flowwatch_figures_kept('citations_id');
            """,
    };
}
