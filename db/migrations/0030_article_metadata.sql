-- Where each article's metadata came from (issue 17), and why each block of a page was left out of its article.
-- An article sent as a web page takes its title, authors, dates, canonical url, language and section from the page
-- when the request does not give them; each value is kept with its provenance, so a researcher can tell a date the
-- client gave from one read from the page's JSON-LD, its meta tags, a <time> element or its url. Side tables (one
-- row per article; one per removed block), so the articles table itself is unchanged.

-- given: the request gave it; json_ld, meta, time_element, url: read from the page (docs/EXTRACTION.md).
CREATE DOMAIN metadata_source AS text CHECK (VALUE IN ('given', 'json_ld', 'meta', 'time_element', 'url'));

-- Title, author, published_at and language are the articles table's own columns; this row says where they came
-- from (null: not known, or for language the default 'en') and holds what only a page gives.
CREATE TABLE article_metadata (
    article_id           bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title_source         metadata_source,
    authors              text[],
    author_source        metadata_source,
    published_at_source  metadata_source,
    modified_at          timestamptz,
    modified_at_source   metadata_source,
    canonical_url        text,
    canonical_url_source metadata_source,
    language_source      metadata_source,
    section              text,
    section_source       metadata_source
);

-- The reason a boilerplate segment of a page was removed from the article (navigation, related links …), by the
-- segment's ordinal. Boilerplate the client sent apart has none.
CREATE TABLE segment_reasons (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    reason     text NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

-- Articles stored before: every value they hold was given (only text and the client's fields were stored). A
-- language other than the default must have been given; 'en' may have been either, so its source stays unknown.
INSERT INTO article_metadata (article_id, title_source, authors, author_source, published_at_source, canonical_url,
                              canonical_url_source, language_source)
SELECT id,
       CASE WHEN title IS NOT NULL THEN 'given' END,
       CASE WHEN author IS NOT NULL THEN ARRAY[author] END,
       CASE WHEN author IS NOT NULL THEN 'given' END,
       CASE WHEN published_at IS NOT NULL THEN 'given' END,
       url,
       CASE WHEN url IS NOT NULL THEN 'given' END,
       CASE WHEN language <> 'en' THEN 'given' END
FROM articles;
