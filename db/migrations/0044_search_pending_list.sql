-- The search index's pending list back to PostgreSQL's default size (4 MB, from 16 MB in 0006). New entries of a GIN
-- index with fastupdate wait in a pending list until it reaches this size, then are merged into the index; the pages
-- the list used are kept as free pages of the index, so the index never shrinks below the list's size. At 2,000
-- Brown articles 2,055 of the index's 2,506 pages (16 MB of its 20 MB) were such free pages: 0.7 x the articles'
-- text, which put the store over issue 14's 3 x the text at small sizes (docs/PERFORMANCE.md, "Scale (issue 14)").
ALTER INDEX articles_search_idx SET (gin_pending_list_limit = 4096);
