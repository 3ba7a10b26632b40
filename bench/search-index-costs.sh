#!/usr/bin/env bash
# What the GIN index on articles.search costs PostgreSQL per inserted article, by the size of its pending list
# (docs/PERFORMANCE.md "Bulk ingestion, wave 13"). Runs against a server that already holds a store of imported
# articles (say the one bench/ingest-costs.sh or bench/scale.sh leaves in its folder, started again with scripts/pg.sh):
# copies the search vectors of articles 1..P into a scratch table g, builds the index on it (or none), then inserts the
# vectors of articles P+1..P+N in statements of 200, as the bulk import's batches do, and prints the backend's CPU
# per inserted row (user + system from /proc/PID/stat: the server must run on this machine), the WAL per row and the
# index's size after. With CLEAN=1 the pending list is merged at the end (gin_clean_pending_list) and counted.
#   bench/search-index-costs.sh PORT LIMIT_KB|none CLEAN [P] [N]   (defaults 6000 and 4000; the table g is dropped after)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:?usage: bench/search-index-costs.sh PORT LIMIT_KB|none CLEAN [P] [N]}; limit=${2:?}; clean=${3:?}
prefill=${4:-6000}; n=${5:-4000}
. scripts/pg.sh
bin=$(pg_bindir)
{
  echo "DROP TABLE IF EXISTS g;"
  echo "CREATE TABLE g (id bigint, search tsvector);"
  echo "INSERT INTO g SELECT id, search FROM articles WHERE id <= $prefill;"
  [ "$limit" = none ] || echo "CREATE INDEX g_idx ON g USING gin (search) WITH (gin_pending_list_limit = $limit);"
  echo "CHECKPOINT;"
  echo "SELECT pg_backend_pid() AS pid \\gset"
  echo "\\setenv BPID :pid"
  echo "SELECT pg_current_wal_lsn() AS l0 \\gset"
  echo "\\! echo \"start \$(sed 's/^.*) //' /proc/\$BPID/stat | awk '{print \$12 + \$13}')\""
  for ((a = prefill; a < prefill + n; a += 200)); do
    echo "INSERT INTO g SELECT id, search FROM articles WHERE id > $a AND id <= $((a + 200 < prefill + n ? a + 200 : prefill + n));"
  done
  [ "$clean" = 1 ] && echo "SELECT gin_clean_pending_list('g_idx');"
  echo "\\! echo \"end \$(sed 's/^.*) //' /proc/\$BPID/stat | awk '{print \$12 + \$13}')\""
  echo "SELECT 'wal ' || pg_wal_lsn_diff(pg_current_wal_lsn(), :'l0');"
  echo "SELECT 'index ' || coalesce(pg_relation_size(to_regclass('g_idx')), 0);"
  echo "DROP TABLE g;"
} | "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAX -v ON_ERROR_STOP=1 \
  | awk -v n="$n" -v hz="$(getconf CLK_TCK)" -v limit="$limit" -v clean="$clean" '
      /^start / {s = $2} /^end / {e = $2} /^wal / {w = $2} /^index / {i = $2}
      END {printf "pending list %s KB, clean %s: CPU %.3f ms per row, WAL %.1f KB per row, index %.1f MB\n",
                  limit, clean, 1000 * (e - s) / hz / n, w / n / 1024, i / 1048576}'
