-- Which version of each lexicon scored each article. Scores and evidence only hold rows for what was found, so
-- without this an article with no hits of a lexicon could not say which version found nothing. The analysis
-- response lists its lexicons from here, and a re-scoring job finds the articles it still has to do by it
-- (including one ingested with the previous version while the job was already running).
CREATE TABLE article_lexicon_versions (
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lexicon_id         bigint NOT NULL REFERENCES lexicons (id) ON DELETE CASCADE,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    scored_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, lexicon_id)
);
CREATE INDEX article_lexicon_versions_version_idx ON article_lexicon_versions (lexicon_version_id);

-- Articles stored before this table: the version their scores name (every article has framing_* and
-- attribution_* scores, and topics are scored in every category); for any other lexicon with no stored row, the
-- latest version at the time of this migration, the one ingestion used unless a re-scoring job was still pending.
INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id)
SELECT DISTINCT ON (s.article_id, v.lexicon_id) s.article_id, v.lexicon_id, v.id
FROM article_scores s JOIN lexicon_versions v ON v.id = s.lexicon_version_id
ORDER BY s.article_id, v.lexicon_id, v.version DESC;

INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id)
SELECT a.id, latest.lexicon_id, latest.id
FROM articles a
CROSS JOIN (SELECT DISTINCT ON (lexicon_id) lexicon_id, id FROM lexicon_versions ORDER BY lexicon_id, version DESC) latest
WHERE EXISTS (SELECT 1 FROM article_stats st WHERE st.article_id = a.id)
ON CONFLICT (article_id, lexicon_id) DO NOTHING;
