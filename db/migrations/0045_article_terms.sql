-- Each article's term counts (its lower-cased words as published, outlet voice and quotations: the distinctive terms
-- of comparisons) stored once at ingestion as one packed value (Comparisons/PackedTerms.cs), so that a cold
-- comparison reads ~3 KB per article (front-coded and deflated by the API) instead of fetching its text and
-- segmenting and tokenizing it again. Null for the articles stored before: comparisons count theirs from the text,
-- as before. Kept in the row (STORAGE MAIN) rather than in TOAST: the value is already compressed.
ALTER TABLE article_stats ADD COLUMN terms bytea;
ALTER TABLE article_stats ALTER COLUMN terms SET STORAGE MAIN;
