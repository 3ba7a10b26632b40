-- bench/rollups-migration/check.sh: more writes under migration 0045 (deletes, inserts into stored days).
CREATE TEMP TABLE back AS SELECT * FROM article_metric_summaries WHERE article_id % 7 = 0;
DELETE FROM article_metric_summaries WHERE article_id % 7 = 0;
INSERT INTO article_metric_summaries SELECT * FROM back WHERE article_id % 2 = 0;
INSERT INTO article_metric_summaries SELECT * FROM back WHERE article_id % 2 = 1;
DELETE FROM article_metric_summaries WHERE article_id % 17 = 0;
DELETE FROM articles WHERE id % 19 = 0;
INSERT INTO article_metric_summaries SELECT * FROM back WHERE article_id % 17 = 0 AND article_id IN (SELECT id FROM articles);
