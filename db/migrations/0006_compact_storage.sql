-- Storage for a million articles on one machine (issue 14, docs/SCALING.md): what a lexicon version found in an
-- article becomes one packed value per article and lexicon (article_lexicon_versions.analysis) instead of ~90 score
-- rows and ~60 evidence rows with their index entries; the sampled shingles one row per article (two arrays); the
-- body as received is kept only when it is not a stretch of the stored text; the full-text vector (title and text,
-- English) is stored with a GIN index for search; the article list gets keyset indexes in its own order.
-- Rows stored before this migration keep their old tables until the API converts them at start-up
-- (Database/LayoutUpgrade.cs), which then drops article_scores, evidence, article_terms and article_shingles.

ALTER TABLE article_lexicon_versions ADD COLUMN analysis bytea;

-- Own-voice (own) and quotation-only (quoted) sampled shingle hashes; published is the article's publication time
-- (or, without one, when it was stored): shared text is looked for among the articles of the days around it.
CREATE TABLE article_shingle_sets (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published  timestamptz NOT NULL,
    own        bigint[] NOT NULL,
    quoted     bigint[] NOT NULL
);
CREATE INDEX article_shingle_sets_published_idx ON article_shingle_sets (published);

-- raw is null when the body as received is text[raw_start, raw_start + raw_length) (a text body: always).
ALTER TABLE articles ALTER COLUMN raw DROP NOT NULL;
ALTER TABLE articles ADD COLUMN raw_start integer, ADD COLUMN raw_length integer;
ALTER TABLE articles ADD CONSTRAINT articles_raw_check CHECK (raw IS NOT NULL OR (raw_start >= 0 AND raw_length >= 0));
ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4;

-- The full-text vector of the stored text (the headline is its first segment), made by the API with PostgreSQL's
-- english configuration's rules (Articles/SearchVector.cs).
ALTER TABLE articles ADD COLUMN search tsvector;
ALTER TABLE articles ALTER COLUMN search SET COMPRESSION lz4;
CREATE INDEX articles_search_idx ON articles USING gin (search) WITH (gin_pending_list_limit = 16384);

-- The list's order, newest first with undated articles last, as one key: keyset pages follow an index.
DROP INDEX articles_published_idx;
DROP INDEX articles_story_idx;
CREATE INDEX articles_list_idx ON articles ((coalesce(published_at, '-infinity')) DESC, id DESC);
CREATE INDEX articles_story_list_idx ON articles (story_id, (coalesce(published_at, '-infinity')) DESC, id DESC)
    WHERE story_id IS NOT NULL;
DROP INDEX articles_source_idx;
CREATE INDEX articles_source_list_idx ON articles (source_id, (coalesce(published_at, '-infinity')) DESC, id DESC)
    WHERE source_id IS NOT NULL;
-- Sources comparisons: a source's articles in a date range.
CREATE INDEX articles_source_published_idx ON articles (source_id, published_at) WHERE source_id IS NOT NULL;

-- Notifications name what changed (docs/SCALING.md): 'a' then the stories and, per source, the publication range
-- of the articles written ("a|1,2|7:1690329600:1690416000|..."), or '*' when too much changed to list (or a
-- lexicon version was added: the topics every comparison lists may change).
DROP TRIGGER articles_changed ON articles;
DROP TRIGGER article_scores_changed ON article_scores;
DROP TRIGGER evidence_changed ON evidence;
DROP TRIGGER sources_changed ON sources;
DROP TRIGGER stories_changed ON stories;

-- The payload of the rows a statement changed; rows_sql selects their (story_id, source_id, published_at). Run with
-- EXECUTE by the trigger functions themselves, which alone see their transition tables.
CREATE FUNCTION framing_change_sql(rows_sql text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT format($q$
        WITH r AS (%s)
        SELECT 'a|' || coalesce((SELECT string_agg(DISTINCT story_id::text, ',' ORDER BY story_id::text) FROM r WHERE story_id IS NOT NULL), '')
            || '|' || coalesce((SELECT string_agg(source_id || ':' || lo || ':' || hi, '|' ORDER BY source_id)
                                FROM (SELECT source_id,
                                             CASE WHEN bool_or(published_at IS NULL) THEN 'n'
                                                  ELSE floor(extract(epoch FROM min(published_at)))::bigint::text END AS lo,
                                             CASE WHEN bool_or(published_at IS NULL) THEN 'n'
                                                  ELSE ceil(extract(epoch FROM max(published_at)))::bigint::text END AS hi
                                      FROM r WHERE source_id IS NOT NULL GROUP BY source_id) s), '')
        $q$, rows_sql)
$$;

CREATE FUNCTION notify_change(payload text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('framing_changes', CASE WHEN octet_length(payload) > 7000 THEN '*' ELSE payload END)
$$;

CREATE FUNCTION notify_articles_new() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE payload text;
BEGIN
    EXECUTE framing_change_sql('SELECT story_id, source_id, published_at FROM new_rows') INTO payload;
    PERFORM notify_change(payload);
    RETURN NULL;
END $$;

CREATE FUNCTION notify_articles_old() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE payload text;
BEGIN
    EXECUTE framing_change_sql('SELECT story_id, source_id, published_at FROM old_rows') INTO payload;
    PERFORM notify_change(payload);
    RETURN NULL;
END $$;

-- An article's stored analysis replaced (a re-scoring job): the comparisons of that article changed.
CREATE FUNCTION notify_analysis_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE payload text;
BEGIN
    EXECUTE framing_change_sql('SELECT a.story_id, a.source_id, a.published_at FROM articles a
                                WHERE a.id IN (SELECT article_id FROM changed_rows)') INTO payload;
    PERFORM notify_change(payload);
    RETURN NULL;
END $$;

CREATE TRIGGER articles_inserted AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_articles_new();
CREATE TRIGGER articles_updated_new AFTER UPDATE ON articles REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_articles_new();
CREATE TRIGGER articles_updated_old AFTER UPDATE ON articles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_articles_old();
CREATE TRIGGER articles_deleted AFTER DELETE ON articles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_articles_old();
CREATE TRIGGER analysis_inserted AFTER INSERT ON article_lexicon_versions REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_analysis_change();
CREATE TRIGGER analysis_updated AFTER UPDATE ON article_lexicon_versions REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_analysis_change();

-- A new lexicon version changes the topics every comparison lists: everything.
CREATE OR REPLACE FUNCTION notify_framing_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('framing_changes', '*');
    RETURN NULL;
END $$;
