-- Shingle sets packed (docs/SCALING.md "Storage"; docs/PERFORMANCE.md "Cold comparisons at 100k, wave 13"): each of
-- an article's two sampled shingle sets (own, quoted) becomes one bytea holding its hashes, 8 bytes each, big-endian
-- (PostgreSQL's binary form of a bigint, what int8send writes), in the order the article's shingles were found; an
-- empty set is zero bytes (Comparisons/PackedShingles.cs reads and writes this form). Before, a bigint[]: a sources
-- comparison reads the sets of every article published within a week of its own (~1,800 sets, ~400,000 hashes at
-- 100,000 articles), which PostgreSQL sent with a length word per element (array_send) and the API decoded one by one;
-- bytes are copied out as they are.
--
-- Existing rows are converted here, in one rewrite of the table (its indexes rebuilt with it).

CREATE FUNCTION pg_temp.packed_shingles(hashes bigint[]) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT coalesce(string_agg(int8send(u.h), ''::bytea ORDER BY u.n), ''::bytea)
    FROM unnest(hashes) WITH ORDINALITY AS u(h, n)
$$;

ALTER TABLE article_shingle_sets
    ALTER COLUMN own TYPE bytea USING pg_temp.packed_shingles(own),
    ALTER COLUMN quoted TYPE bytea USING pg_temp.packed_shingles(quoted),
    ADD CONSTRAINT article_shingle_sets_packed_check CHECK (octet_length(own) % 8 = 0 AND octet_length(quoted) % 8 = 0);

DROP FUNCTION pg_temp.packed_shingles(bigint[]);
