-- Each article's term counts (its lower-cased words as published, outlet voice and quotations: the distinctive terms
-- of comparisons) stored once at ingestion as one packed value (Comparisons/PackedTerms.cs), so that a cold
-- comparison reads ~2-4 KB per article instead of fetching its text and segmenting and tokenizing it again. Null for
-- the articles stored before: comparisons count theirs from the text, as before.
ALTER TABLE article_stats ADD COLUMN terms bytea;
ALTER TABLE article_stats ALTER COLUMN terms SET COMPRESSION lz4;
