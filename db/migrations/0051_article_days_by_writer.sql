-- New articles' counts per source and UTC day (article_days, 0043) added by their writer after the rest of its batch
-- (issue 14 item 3; docs/PERFORMANCE.md "Bulk ingestion, wave 15"; docs/SCALING.md "Bulk ingestion").
--
-- The insert trigger of 0043 adds a statement's articles to their days' rows while the articles are copied, so the
-- writer's transaction holds those rows locked from its first statement to its commit. A bulk import now writes two
-- batches at once, on two connections, and commits them in order: had the later batch's COPY locked a day row first,
-- the earlier one would wait for it while it waits for the earlier one's commit. So ArticleWriter counts its new
-- articles per source and day itself and adds them in its last statement before the commit, with the metric summaries'
-- day rows (0048), which it already merged there: a batch then locks no shared row before the batch ahead of it has
-- committed. For its COPY it sets `framing.article_days_by_writer` to 1 (transaction-local) and the trigger leaves the
-- rows to it. Deletes, and inserts by anything else, go through the trigger as before.
CREATE OR REPLACE FUNCTION article_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    -- The statement's writer adds these articles to their days itself, in its last statement (ArticleWriter).
    IF TG_OP = 'INSERT' AND current_setting('framing.article_days_by_writer', true) = '1' THEN RETURN NULL; END IF;
    INSERT INTO article_days AS d (source_id, day, n, id_sum)
    SELECT source_id, (published_at AT TIME ZONE 'UTC')::date, sign * count(*), sign * sum(id)
    FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source_id, day) DO UPDATE SET n = d.n + excluded.n, id_sum = d.id_sum + excluded.id_sum;
    RETURN NULL;
END $$;
