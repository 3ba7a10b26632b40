-- article_own_text (migration 0040) read the article's text once per segment — each read decompressing the whole
-- text out of TOAST — and ran the non-BMP check on it each time: ~24 segments, so ~24 decompressions and scans per
-- article. A search page headlines each of its hits' own text (ts_headline), so this was the larger part of a search
-- page's time (docs/PERFORMANCE.md "Article list and search under load"). Now the text is read (and decompressed)
-- once into a variable, checked once, and cut as before: the same string for every article.

CREATE OR REPLACE FUNCTION article_own_text(article bigint) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    t text;
    wide boolean;
BEGIN
    SELECT a.text INTO t FROM articles a WHERE a.id = article;
    IF t IS NULL THEN RETURN ''; END IF;
    wide := t ~ '[\U00010000-\U0010FFFF]';
    RETURN coalesce((
        SELECT string_agg(CASE WHEN wide THEN utf16_substr(t, s.start_offset, s.end_offset)
                               ELSE substr(t, s.start_offset + 1, greatest(s.end_offset - s.start_offset, 0)) END,
                          E'\n' ORDER BY s.start_offset)
        FROM segments s
        WHERE s.article_id = article AND s.kind IN ('headline', 'lead', 'body')), '');
END
$$;
