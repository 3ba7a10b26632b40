-- The search index's pending list at 8 MB (4 MB since 0044). Each text has ~800 distinct lexemes; a bulk import writes
-- them to the pending list and again when the list is merged into the index, and the merge is about four fifths of
-- COPY articles' time (docs/PERFORMANCE.md, "Bulk ingestion costs per article, wave 8": 2,000 Brown articles in
-- statements of 200 took 3.78 s at 4 MB, 2.97 s at 16 MB). The list's pages stay in the index as free pages after a
-- merge (0044): 8 MB of them is ~0.34 x the text at 2,000 Brown articles and ~0.07 x at 10,000, which keeps the store
-- under issue 14's 3 x the text at every size bench/scale.sh measures ("Bulk ingestion, wave 9").
ALTER INDEX articles_search_idx SET (gin_pending_list_limit = 8192);
