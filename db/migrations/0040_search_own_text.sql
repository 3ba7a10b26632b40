-- The search vector (articles.search) covers the article's own text — its headline, lead and body segments, with
-- the quotations in them, joined by line breaks — not the boilerplate a page carries around it (navigation, related
-- headlines, sign-up boxes, captions) nor reader comments: a sidebar headline is not what the article says. The API
-- makes new vectors so (Articles/SearchVector.cs); this rebuilds, with to_tsvector, which the API's vector equals
-- (SearchVectorTests), the vectors stored before of the articles that have boilerplate or comments (for the others
-- the own text is the whole text but for the blanks between segments, which take no position).
--
-- Segment offsets count UTF-16 code units, as the API and its clients index strings, while substr counts characters:
-- they differ after a character outside the Basic Multilingual Plane (an emoji). utf16_substr cuts by code units;
-- the search snippets (ts_headline over the same own text) use it too.

CREATE FUNCTION utf16_substr(t text, start_unit int, end_unit int) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    chars text[];
    units int := 0;
    first int;
BEGIN
    IF t !~ '[\U00010000-\U0010FFFF]' THEN
        RETURN substr(t, start_unit + 1, greatest(end_unit - start_unit, 0));
    END IF;
    chars := string_to_array(t, NULL);
    FOR i IN 1 .. coalesce(array_length(chars, 1), 0) LOOP
        IF first IS NULL AND units >= start_unit THEN first := i; END IF;
        IF units >= end_unit THEN RETURN array_to_string(chars[coalesce(first, i) : i - 1], ''); END IF;
        units := units + CASE WHEN ascii(chars[i]) > 65535 THEN 2 ELSE 1 END;
    END LOOP;
    IF first IS NULL THEN RETURN ''; END IF;
    RETURN array_to_string(chars[first :], '');
END
$$;

-- The own text of an article: what its search vector and its snippets are made of.
CREATE FUNCTION article_own_text(article bigint) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(utf16_substr(a.text, s.start_offset, s.end_offset), E'\n' ORDER BY s.start_offset), '')
    FROM articles a JOIN segments s ON s.article_id = a.id
    WHERE a.id = article AND s.kind IN ('headline', 'lead', 'body')
$$;

UPDATE articles a SET search = to_tsvector('english', article_own_text(a.id))
WHERE EXISTS (SELECT 1 FROM segments b WHERE b.article_id = a.id AND b.kind IN ('boilerplate', 'comments'));
