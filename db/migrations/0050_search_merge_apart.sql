-- The search index's pending list takes its size from the setting gin_pending_list_limit again (PostgreSQL's default,
-- 4 MB: what 0044 set on the index), so that a bulk import's transactions can raise it for themselves: their inserts
-- then only add to the list, and the import merges it into the index on a connection of its own, beside the writer
-- (Articles/SearchIndexMerger.cs; docs/SCALING.md "Bulk ingestion"). Every other insert, whose transaction keeps the
-- setting, merges the list at 4 MB as before.
ALTER INDEX articles_search_idx RESET (gin_pending_list_limit);
