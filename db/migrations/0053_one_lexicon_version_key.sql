-- One composite foreign key for an article's lexicon version (wave 21): article_lexicon_versions named its lexicon and
-- its lexicon version through two foreign keys, so every stored row — four per ingested article — ran two checks,
-- one on lexicons and one on lexicon_versions. One key (lexicon_id, lexicon_version_id) → lexicon_versions (lexicon_id,
-- id) runs one check and also says what the two did not: that the version is a version of that lexicon. Deleting a
-- lexicon still deletes its rows (lexicons → lexicon_versions → here, each ON DELETE CASCADE).
ALTER TABLE lexicon_versions ADD CONSTRAINT lexicon_versions_lexicon_id_id_key UNIQUE (lexicon_id, id);
ALTER TABLE article_lexicon_versions
    DROP CONSTRAINT article_lexicon_versions_lexicon_id_fkey,
    DROP CONSTRAINT article_lexicon_versions_lexicon_version_id_fkey,
    ADD CONSTRAINT article_lexicon_versions_lexicon_version_fkey FOREIGN KEY (lexicon_id, lexicon_version_id)
        REFERENCES lexicon_versions (lexicon_id, id) ON DELETE CASCADE;
