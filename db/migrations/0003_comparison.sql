-- Stored aggregates for comparisons (DESIGN.md section 5): term counts for distinctive terms, shingle hashes for
-- shared text.

-- Word counts of the article as published (outlet and quotation voices), for "Fightin' Words": one row per
-- article (terms[i] occurs counts[i] times), since a comparison reads them all and a row per word would cost an
-- index entry per word at ingestion.
CREATE TABLE article_terms (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    terms      text[] NOT NULL,
    counts     integer[] NOT NULL,
    CHECK (cardinality(terms) = cardinality(counts))
);

-- A sample of the distinct hashes of 8-word shingles: those whose hash is 0 mod 8 (Broder 1997), an unbiased
-- estimate of shared shares at an eighth of the rows. own = the shingle occurs in the outlet's own voice; other
-- articles are compared against all of an article's shingles (own voice and quotations).
CREATE TABLE article_shingles (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hash       bigint NOT NULL,
    own        boolean NOT NULL,
    PRIMARY KEY (article_id, hash)
);
CREATE INDEX article_shingles_hash_idx ON article_shingles (hash, article_id);

-- A comparison's ETag includes the re-scoring jobs' progress, so scores replaced by a job change it.
CREATE INDEX analysis_jobs_done_idx ON analysis_jobs (id) INCLUDE (done);
