-- A page without a title of its own takes its headline as its title (wave 19): an article sent as an HTML fragment,
-- <h1>…</h1><p>…</p> as in the README's tour, has no JSON-LD headline, title meta tag or <title>, yet its reader
-- titles it by its <h1>. Such a title is stored with the provenance 'headline' (docs/EXTRACTION.md), so the domain of
-- the *_source columns (0030) allows it. Only title_source takes it; the other fields never come from the headline.
-- Articles stored before keep a null title: their page is in the export (GET /api/articles/export), and importing it
-- again reads the title anew.
ALTER DOMAIN metadata_source DROP CONSTRAINT metadata_source_check;
ALTER DOMAIN metadata_source ADD CONSTRAINT metadata_source_check
    CHECK (VALUE IN ('given', 'json_ld', 'meta', 'time_element', 'url', 'headline'));
