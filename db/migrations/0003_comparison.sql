-- Stored aggregates for comparisons (DESIGN.md section 5): term counts for distinctive terms, shingle hashes for
-- shared text.

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

-- A comparison's ETag includes the re-scoring jobs' progress, so scores replaced by a job change it.
CREATE INDEX analysis_jobs_done_idx ON analysis_jobs (id) INCLUDE (done);
