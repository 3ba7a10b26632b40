-- Stored aggregates for comparisons (DESIGN.md section 5): term counts for distinctive terms, shingle hashes for
-- shared text, and a data version that every change moves on, for ETags.

-- Word counts of the article as published (outlet and quotation voices), for "Fightin' Words".
CREATE TABLE article_terms (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    term       text NOT NULL,
    count      integer NOT NULL,
    PRIMARY KEY (article_id, term)
);

-- Distinct hashes of 8-word shingles. own = the shingle occurs in the outlet's own voice; other articles are
-- compared against all of an article's shingles (own voice and quotations).
CREATE TABLE article_shingles (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hash       bigint NOT NULL,
    own        boolean NOT NULL,
    PRIMARY KEY (article_id, hash)
);
CREATE INDEX article_shingles_hash_idx ON article_shingles (hash, article_id);

-- Moves on with every write that can change a comparison; comparisons use it as their ETag.
CREATE SEQUENCE data_version;

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('data_version');
    RETURN NULL;
END $$;

CREATE TRIGGER articles_data_version AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER article_scores_data_version AFTER INSERT OR UPDATE OR DELETE ON article_scores
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER lexicon_versions_data_version AFTER INSERT OR UPDATE OR DELETE ON lexicon_versions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER sources_data_version AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER stories_data_version AFTER INSERT OR UPDATE OR DELETE ON stories
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
